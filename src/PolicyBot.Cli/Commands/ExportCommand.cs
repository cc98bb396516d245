using System.CommandLine;
using PolicyBot.Contracts;

namespace PolicyBot.Cli.Commands;

/// <summary><c>policybot export [--json]</c>: every clause, in document order.</summary>
internal static class ExportCommand
{
    public static Command Create(CliCommands cli)
    {
        var json = CliCommands.JsonOption();
        var command = new Command("export", "Print every clause in document order, with its id, 文号, title and section.") { json };
        command.SetAction((parsed, _) => cli.RunAsync(parsed, context => Task.FromResult(Run(context, parsed.GetValue(json)))));
        return command;
    }

    private static int Run(CliContext context, bool json)
    {
        var documents = context.Index.Current.Documents;
        var output = context.Console.Out;
        if (json)
        {
            JsonOutput.WriteArray(output, documents.SelectMany(d => d.Clauses.Select(c => ClauseView.From(d, c))));
            return ExitCodes.Success;
        }
        foreach (var d in documents)
        {
            output.WriteLine($"■ {d.DocNumber}  {d.Title}");
            foreach (var c in d.Clauses)
            {
                output.WriteLine($"  [{c.Id}] {c.Section}");
                output.WriteLine($"    {c.Text.ReplaceLineEndings("\n    ")}");
            }
            output.WriteLine();
        }
        return ExitCodes.Success;
    }
}
