using System.CommandLine;
using PolicyBot.Contracts;
using PolicyBot.Domain;
using PolicyBot.Retrieve;
using Spectre.Console;

namespace PolicyBot.Cli.Commands;

/// <summary><c>policybot search "QUESTION" [--top K] [--json]</c> and <c>search --batch FILE</c>.</summary>
internal static class SearchCommand
{
    private sealed record BatchResult(string Id, IReadOnlyList<PassageView> Passages);

    public static Command Create(CliCommands cli)
    {
        var question = new Argument<string?>("QUESTION") { Description = "The question, in quotes.", Arity = ArgumentArity.ZeroOrOne };
        var top = CliCommands.TopOption(10);
        var batch = new Option<FileInfo?>("--batch") { Description = "A JSON Lines file of {id, question} or {id, turns}; prints JSON Lines {id, passages}.", HelpName = "FILE" };
        var json = CliCommands.JsonOption();
        var command = new Command("search", "Find the clauses that answer a question, ranked.") { question, top, batch, json };
        command.SetAction((parsed, ct) => cli.RunAsync(parsed, context =>
        {
            var batchFile = parsed.GetValue(batch);
            var text = parsed.GetValue(question);
            if ((batchFile is null) == string.IsNullOrWhiteSpace(text))
                throw new UsageException("give either a QUESTION or --batch FILE.", "Example: policybot search \"保险业高质量发展的目标是什么？\" --top 5");
            return batchFile is null
                ? SingleAsync(context, text!, CliCommands.Top(parsed, top), parsed.GetValue(json), ct)
                : BatchAsync(context, batchFile, CliCommands.Top(parsed, top), ct);
        }));
        return command;
    }

    private static async Task<int> SingleAsync(CliContext context, string question, int top, bool json, CancellationToken cancellationToken)
    {
        var passages = await context.Search.SearchAsync(new SearchQuery(question) { Top = top }, cancellationToken);
        if (json) JsonOutput.WriteArray(context.Console.Out, passages.Select(PassageView.From));
        else Print(context.Console, passages);
        return ExitCodes.Success;
    }

    private static Task<int> BatchAsync(CliContext context, FileInfo file, int top, CancellationToken cancellationToken)
    {
        var search = context.Search;
        return BatchInput.RunAsync(context, file, "search", async line =>
        {
            var passages = await search.SearchAsync(SearchQuery.FromConversation(line.Turns, top), cancellationToken);
            return new BatchResult(line.Id, passages.Select(PassageView.From).ToArray());
        }, cancellationToken);
    }

    internal static void Print(CliConsole console, IReadOnlyList<Passage> passages)
    {
        if (passages.Count == 0)
        {
            console.Out.WriteLine("没有找到相关条款。(No matching clauses.)");
            return;
        }
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("#").RightAligned()).AddColumn("得分").AddColumn("文号 / 标题 / 章节").AddColumn("条款");
        foreach (var p in passages)
        {
            table.AddRow(
                new Spectre.Console.Text(p.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(p.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)),
                new Markup($"{Markup.Escape(p.DocNumber)}\n{Markup.Escape(HumanOutput.Clip(p.Title, 40))}\n[dim]{Markup.Escape(p.Section)}[/]"),
                new Spectre.Console.Text(HumanOutput.Clip(p.Text, 160)));
        }
        HumanOutput.For(console).Write(table);
    }
}
