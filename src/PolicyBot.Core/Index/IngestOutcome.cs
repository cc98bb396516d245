namespace PolicyBot.Index;

/// <summary>What ingesting one file did to the index.</summary>
public enum IngestOutcome
{
    /// <summary>A file the index did not hold yet: its documents were added.</summary>
    Added,

    /// <summary>A file whose content changed: its documents replace the ones it gave before.</summary>
    Replaced,

    /// <summary>The same bytes as last time: nothing was read or written.</summary>
    Unchanged,

    /// <summary>The file could not be ingested (see <see cref="IngestFileResult.Error"/>); the index keeps what it had.</summary>
    Failed,
}
