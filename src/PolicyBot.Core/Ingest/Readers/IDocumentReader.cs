namespace PolicyBot.Ingest.Readers;

/// <summary>
/// Reads one file format into lines of text in reading order. Headings the format marks (styles, &lt;h1&gt;) come out
/// as Markdown heading lines (<c>## …</c>) so one structure parser serves every format.
/// </summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader handles, lower case with the dot (<c>.docx</c>).</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Throws <see cref="IngestException"/> (one line, naming the file) when the content cannot be read.</summary>
    IReadOnlyList<string> Read(byte[] content, string path, IngestLimits limits, CancellationToken cancellationToken);
}
