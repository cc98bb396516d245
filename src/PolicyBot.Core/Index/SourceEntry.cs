namespace PolicyBot.Index;

/// <summary>
/// One ingested file in the manifest: where it came from, its content hash, the segment holding what it parsed to,
/// and which of those documents are live (a document another file re-issued under the same 文号, or one deleted,
/// stays in the segment but leaves <see cref="Documents"/>).
/// </summary>
/// <param name="Key">Identity of the source: the full path of a file, or <c>upload:</c> and the name of an uploaded one.</param>
/// <param name="Source">The path as given to ingest (what <c>PolicyDocument.Source</c> shows).</param>
/// <param name="Sha256">Hash of the file's bytes; empty after a delete, so that the next ingest reads the file again.</param>
/// <param name="Segment">File name of the segment under <c>segments/</c>.</param>
/// <param name="Documents">The live documents' numbers, in file order.</param>
internal sealed record SourceEntry(
    string Key, string Source, string Sha256, long Bytes, string Segment, IReadOnlyList<string> Documents, DateTimeOffset Ingested)
{
    /// <summary>The <see cref="Ingest.DocumentLoader.ParserVersion"/> that parsed it (null before versions were kept).</summary>
    public string? Parser { get; init; }
}
