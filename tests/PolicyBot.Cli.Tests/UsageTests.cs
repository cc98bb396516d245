namespace PolicyBot.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData()]
    [InlineData("frobnicate")]
    [InlineData("ingest")]
    [InlineData("docs", "--bogus")]
    [InlineData("search")]
    [InlineData("search", "保险", "--top", "0")]
    [InlineData("search", "保险", "--top", "many")]
    [InlineData("ask")]
    [InlineData("eval")]
    public async Task Usage_errors_exit_1_with_a_message_and_a_hint(params string[] args)
    {
        var run = await CliRun.InProcessAsync([.. args, "--index", Path.Combine(Path.GetTempPath(), "policybot-unused-" + Guid.NewGuid().ToString("N"))]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains("--help", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("ingest", "PATH")]
    [InlineData("docs", "--json")]
    [InlineData("export", "--json")]
    [InlineData("search", "--batch")]
    [InlineData("ask", "--batch")]
    [InlineData("eval", "--gold")]
    public async Task Every_command_explains_itself_with_help(string command, string mentions)
    {
        var run = await CliRun.InProcessAsync([command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(mentions, run.Out);
        Assert.Contains("--index", run.Out);
    }
}
