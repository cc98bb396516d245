namespace PolicyBot.Cli;

/// <summary>The command line cannot be run as given (exit code 1). The message says what to change.</summary>
public sealed class UsageException(string message, string? hint = null) : Exception(message)
{
    public string? Hint { get; } = hint;
}
