using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Cli.Commands;
using PolicyBot.Index;

namespace PolicyBot.Cli;

/// <summary>The <c>policybot</c> command line (docs/contract.md): ingest, docs, export, search, ask, eval.</summary>
public static class PolicyBotCli
{
    /// <param name="configureServices">Runs after <c>AddPolicyBot</c>, e.g. for a test to plug in a search.</param>
    public static async Task<int> RunAsync(
        string[] args, CliConsole console, Action<IServiceCollection>? configureServices = null, CancellationToken cancellationToken = default)
    {
        var index = new Option<string?>("--index")
        {
            Description = "Index folder (default: PolicyBot:Index:Path from appsettings.json, else data/index).",
            HelpName = "DIR",
            Recursive = true,
        };
        var commands = new CliCommands(console, index, configureServices);
        var root = new RootCommand("PolicyBot: answers questions from Chinese policy documents, citing the exact clause and its 文号.")
        {
            index,
            IngestCommand.Create(commands),
            DocsCommand.Create(commands),
            ExportCommand.Create(commands),
            SearchCommand.Create(commands),
            AskCommand.Create(commands),
            EvalCommand.Create(commands),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) console.WriteError(error.Message);
            console.Error.WriteLine($"Run '{CommandLineOf(parsed)} --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            var invocation = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (UsageException e)
        {
            console.WriteError(e.Message);
            if (e.Hint is not null) console.Error.WriteLine(e.Hint);
            console.Error.WriteLine($"Run '{CommandLineOf(parsed)} --help' for usage.");
            return ExitCodes.Usage;
        }
        catch (IndexException e)
        {
            console.WriteError(e.Message);
            return ExitCodes.SomeInputsFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.WriteError("interrupted; what was finished is saved.");
            return ExitCodes.SomeInputsFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            console.WriteError($"{e.Message.ReplaceLineEndings(" ")} ({e.GetType().Name})");
            return ExitCodes.SomeInputsFailed;
        }
    }

    private static string CommandLineOf(ParseResult parsed)
    {
        var names = new List<string>();
        for (var c = parsed.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, c.Command is RootCommand ? "policybot" : c.Command.Name);
        return string.Join(' ', names);
    }
}
