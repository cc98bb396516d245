using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Cli.Tests;

/// <summary>What a run of the CLI printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>policybot</c> in this process, with stdout and stderr captured (both redirected, as in a pipe).</summary>
    public static async Task<CliRun> InProcessAsync(string[] args, Action<IServiceCollection>? services = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await PolicyBotCli.RunAsync(args, new CliConsole(output, error, false, false), services);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The built CLI (<c>policybot.dll</c> beside the tests) started as a child process.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "policybot.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    public static async Task<CliRun> AsProcessAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, await error);
    }
}
