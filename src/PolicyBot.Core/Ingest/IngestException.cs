namespace PolicyBot.Ingest;

/// <summary>A file that cannot be ingested. The message is one line a user can act on (no stack trace).</summary>
public sealed class IngestException(string message, Exception? inner = null) : Exception(message, inner);
