namespace PolicyBot.Ingest.Readers;

/// <summary>.txt and .md: decoded by <see cref="TextDecoder"/>, split into lines (Markdown is kept as written).</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md", ".markdown", ".text"];

    public IReadOnlyList<string> Read(byte[] content, string path, IngestLimits limits, CancellationToken cancellationToken) =>
        TextLines.Split(TextDecoder.Decode(content, path));
}
