using PolicyBot.Domain;
using PolicyBot.Ingest.Readers;
using PolicyBot.Ingest.Structure;

namespace PolicyBot.Ingest;

/// <summary>
/// Reads one file (.txt .md .docx .pdf .html) into policy documents: a gazette into its documents, any other file
/// into one document. Throws <see cref="IngestException"/> with a one-line reason for a file it cannot read.
/// </summary>
public static class DocumentLoader
{
    private static readonly IDocumentReader[] Readers = [new PlainTextReader(), new DocxReader(), new PdfReader(), new HtmlReader()];

    /// <summary>Extensions ingest accepts (lower case, with the dot).</summary>
    /// <summary>
    /// Changes when the parsers make different documents or clauses of the same bytes (2: the signature 落款 is a
    /// clause; 3: a law's issuer is read from its promulgation line), so that an index re-reads its unchanged files after an upgrade.
    /// </summary>
    public const string ParserVersion = "3";

    public static IReadOnlyCollection<string> SupportedExtensions { get; } = Readers.SelectMany(r => r.Extensions).ToArray();

    public static IReadOnlyList<PolicyDocument> Load(string path, CancellationToken cancellationToken = default) =>
        Load(path, IngestLimits.Default, cancellationToken);

    public static IReadOnlyList<PolicyDocument> Load(string path, IngestLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(limits);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var reader = Readers.FirstOrDefault(r => r.Extensions.Contains(extension))
            ?? throw new IngestException($"{path}: unsupported file type “{extension}” (expected {string.Join(" ", SupportedExtensions)})");
        var content = ReadBytes(path, limits);
        return Load(content, path, reader, limits, cancellationToken);
    }

    /// <summary>Parses content already in memory (an upload), naming it <paramref name="path"/> in errors and as source.</summary>
    public static IReadOnlyList<PolicyDocument> Load(byte[] content, string path, IngestLimits limits, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var reader = Readers.FirstOrDefault(r => r.Extensions.Contains(extension))
            ?? throw new IngestException($"{path}: unsupported file type “{extension}” (expected {string.Join(" ", SupportedExtensions)})");
        if (content.LongLength > limits.MaxFileBytes)
            throw new IngestException($"{path}: the file is {content.LongLength:N0} bytes, more than the limit of {limits.MaxFileBytes:N0}");
        return Load(content, path, reader, limits, cancellationToken);
    }

    private static IReadOnlyList<PolicyDocument> Load(byte[] content, string path, IDocumentReader reader, IngestLimits limits, CancellationToken cancellationToken)
    {
        if (content.Length == 0) throw new IngestException($"{path}: the file is empty");
        try
        {
            var lines = reader.Read(content, path, limits, cancellationToken);
            if (lines.All(string.IsNullOrWhiteSpace)) throw new IngestException($"{path}: the file holds no text");
            var documents = PolicyTextParser.Parse(lines, path, limits, cancellationToken);
            if (documents.All(d => d.Clauses.Count == 0)) throw new IngestException($"{path}: no text found besides the title and metadata");
            return documents;
        }
        catch (Exception e) when (e is not (IngestException or OperationCanceledException))
        {
            throw new IngestException($"{path}: cannot be parsed ({OneLine(e.Message)})", e);
        }
    }

    private static byte[] ReadBytes(string path, IngestLimits limits)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new IngestException(Directory.Exists(path) ? $"{path}: is a folder, not a file" : $"{path}: no such file");
            if (info.Length > limits.MaxFileBytes)
                throw new IngestException($"{path}: the file is {info.Length:N0} bytes, more than the limit of {limits.MaxFileBytes:N0}");
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw new IngestException($"{path}: cannot be read ({OneLine(e.Message)})", e);
        }
    }

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
