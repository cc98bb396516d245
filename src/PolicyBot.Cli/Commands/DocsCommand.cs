using System.CommandLine;
using PolicyBot.Contracts;
using Spectre.Console;

namespace PolicyBot.Cli.Commands;

/// <summary><c>policybot docs [--json]</c>: the documents in the index.</summary>
internal static class DocsCommand
{
    public static Command Create(CliCommands cli)
    {
        var json = CliCommands.JsonOption();
        var command = new Command("docs", "List the documents in the index: 文号, title, issuer, date, clause count, source.") { json };
        command.SetAction((parsed, _) => cli.RunAsync(parsed, context => Task.FromResult(Run(context, parsed.GetValue(json)))));
        return command;
    }

    private static int Run(CliContext context, bool json)
    {
        var documents = context.Index.Current.Documents.Select(DocumentSummary.From);
        if (json)
        {
            JsonOutput.WriteArray(context.Console.Out, documents);
            return ExitCodes.Success;
        }
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("文号").AddColumn("标题").AddColumn("发文机关").AddColumn("日期").AddColumn(new TableColumn("条款").RightAligned());
        var count = 0;
        foreach (var d in documents)
        {
            table.AddRow(Markup.Escape(d.DocNumber), Markup.Escape(HumanOutput.Clip(d.Title, 60)), Markup.Escape(d.Issuer ?? "—"),
                d.Date ?? "—", d.ClauseCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            count++;
        }
        var terminal = HumanOutput.For(context.Console);
        if (count == 0)
        {
            context.Console.Error.WriteLine($"The index {context.Index.Folder} is empty; add documents with 'policybot ingest PATH'.");
            return ExitCodes.Success;
        }
        terminal.Write(table);
        terminal.WriteLine($"{count} documents in {context.Index.Folder}");
        return ExitCodes.Success;
    }
}
