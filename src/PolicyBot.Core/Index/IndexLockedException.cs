namespace PolicyBot.Index;

/// <summary>Another process (or another ingest in this one) is writing to the index folder.</summary>
public sealed class IndexLockedException(string folder, Exception? inner = null)
    : IndexException($"The index {folder} is being written by another policybot process (lock file {IndexWriteLock.FileName}); wait for it to finish and try again.", inner)
{
    public string Folder { get; } = folder;
}
