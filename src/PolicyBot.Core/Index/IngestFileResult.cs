namespace PolicyBot.Index;

/// <summary>The result of ingesting one file.</summary>
/// <param name="Path">The file as given (or the uploaded file's name).</param>
public sealed record IngestFileResult(string Path, IngestOutcome Outcome)
{
    /// <summary>The 文号 (or stable ids) of the documents the file holds now.</summary>
    public IReadOnlyList<string> DocNumbers { get; init; } = [];

    public int ClauseCount { get; init; }

    /// <summary>One line saying why the file failed, or null.</summary>
    public string? Error { get; init; }

    /// <summary>Things worth telling the user, e.g. a 文号 that replaced the copy another file gave.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public static IngestFileResult Failed(string path, string error) => new(path, IngestOutcome.Failed) { Error = error };
}
