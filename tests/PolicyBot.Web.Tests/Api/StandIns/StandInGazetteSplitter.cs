using PolicyBot.Domain;
using PolicyBot.Ingest;

namespace PolicyBot.Web.Tests.Api.StandIns;

/// <summary>
/// TEST DOUBLE, to be removed when the ingest stage lands: splits a gazette into documents at the lines that are a
/// 文号 alone (the title is the line before), one clause per paragraph; any other file goes to DocumentLoader.
/// </summary>
public static class StandInGazetteSplitter
{
    public static IReadOnlyList<PolicyDocument> Load(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var starts = Enumerable.Range(1, Math.Max(0, lines.Length - 1)).Where(i => DocumentNumber.TryParse(lines[i], out _)).ToArray();
        if (starts.Length == 0) return DocumentLoader.Load(path);
        var documents = new List<PolicyDocument>();
        for (var s = 0; s < starts.Length; s++)
        {
            var number = DocumentNumber.Parse(lines[starts[s]]).ToString();
            var end = s + 1 < starts.Length ? starts[s + 1] - 1 : lines.Length;
            var clauses = lines[(starts[s] + 1)..end].Select((text, i) => new Clause
            {
                Id = Clause.MakeId(number, i), DocNumber = number, Position = i, Section = SectionPath.Root, Text = text,
            }).ToArray();
            documents.Add(new PolicyDocument
            {
                DocNumber = number, Title = lines[starts[s] - 1], Source = path, Date = new DateOnly(number.Contains("2024") ? 2024 : 2000, 1, 1),
                Clauses = clauses,
            });
        }
        return documents;
    }
}
