namespace PolicyBot.Cli;

/// <summary>The exit codes of docs/contract.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 1;
    public const int SomeInputsFailed = 2;
}
