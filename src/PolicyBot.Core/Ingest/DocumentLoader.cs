using PolicyBot.Domain;

namespace PolicyBot.Ingest;

/// <summary>
/// Reads one file (.txt .md .docx .pdf .html) into policy documents: a gazette into its documents, any other file
/// into one document. Throws <see cref="IngestException"/> with a one-line reason for a file it cannot read.
/// </summary>
public static class DocumentLoader
{
    // PLACEHOLDER until the ingest stage lands: one document per file, one clause per paragraph.
    public static IReadOnlyList<PolicyDocument> Load(string path, CancellationToken cancellationToken = default)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new IngestException($"{path}: {e.Message}", e); }
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length == 0) throw new IngestException($"{path}: the file is empty");
        var numbers = DocumentNumber.FindAll(string.Join("\n", paragraphs.Take(5)));
        var docNumber = numbers.Count > 0 ? numbers[0].ToString() : "doc-" + Path.GetFileNameWithoutExtension(path);
        return
        [
            new PolicyDocument
            {
                DocNumber = docNumber,
                Title = paragraphs[0],
                Source = path,
                Clauses = paragraphs.Skip(1).Select((p, i) => new Clause
                {
                    Id = Clause.MakeId(docNumber, i), DocNumber = docNumber, Position = i, Section = SectionPath.Root, Text = p,
                }).ToArray(),
            },
        ];
    }
}
