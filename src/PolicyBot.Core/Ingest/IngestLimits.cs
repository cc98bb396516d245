using PolicyBot.Configuration;

namespace PolicyBot.Ingest;

/// <summary>What ingest accepts: the largest file and the most clauses one document may have (from <see cref="IndexOptions"/>).</summary>
public sealed record IngestLimits(long MaxFileBytes, int MaxClausesPerDocument)
{
    /// <summary>The limits of a default <see cref="IndexOptions"/>; also the cap on a .docx's uncompressed size.</summary>
    public static IngestLimits Default { get; } = From(new IndexOptions());

    public static IngestLimits From(IndexOptions options) => new(options.MaxFileBytes, options.MaxClausesPerDocument);

    /// <summary>How much text a container format (.docx) may unpack to: a few times the file limit, never unbounded.</summary>
    public long MaxUnpackedBytes => MaxFileBytes > long.MaxValue / 4 ? long.MaxValue : MaxFileBytes * 4;
}
