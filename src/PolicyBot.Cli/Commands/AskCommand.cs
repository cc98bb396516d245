using System.CommandLine;
using PolicyBot.Contracts;
using PolicyBot.Domain;

namespace PolicyBot.Cli.Commands;

/// <summary><c>policybot ask "QUESTION" [--json]</c> and <c>ask --batch FILE</c>: an answer with its citations.</summary>
internal static class AskCommand
{
    public static Command Create(CliCommands cli)
    {
        var question = new Argument<string?>("QUESTION") { Description = "The question, in quotes.", Arity = ArgumentArity.ZeroOrOne };
        var batch = new Option<FileInfo?>("--batch") { Description = "A JSON Lines file, one conversation a line ({id, turns} or {id, question}); prints JSON Lines {id, answer, grounded, citations, passages}.", HelpName = "FILE" };
        var json = CliCommands.JsonOption();
        var command = new Command("ask", "Answer a question from the index, quoting the clauses and 文号 it rests on (or saying plainly that the documents do not answer it).")
        {
            question, batch, json,
        };
        command.SetAction((parsed, ct) => cli.RunAsync(parsed, context =>
        {
            var batchFile = parsed.GetValue(batch);
            var text = parsed.GetValue(question);
            if ((batchFile is null) == string.IsNullOrWhiteSpace(text))
                throw new UsageException("give either a QUESTION or --batch FILE.", "Example: policybot ask \"失能老年人照护有哪些补贴？\"");
            return batchFile is null
                ? SingleAsync(context, text!, parsed.GetValue(json), ct)
                : BatchAsync(context, batchFile, ct);
        }));
        return command;
    }

    private static async Task<int> SingleAsync(CliContext context, string question, bool json, CancellationToken cancellationToken)
    {
        var answer = await context.Answerer.AnswerAsync([new ChatTurn(ChatTurn.User, question)], cancellationToken);
        if (json) JsonOutput.WriteLine(context.Console.Out, AnswerView.From(answer));
        else Print(context.Console.Out, answer);
        return ExitCodes.Success;
    }

    private static Task<int> BatchAsync(CliContext context, FileInfo file, CancellationToken cancellationToken)
    {
        var answerer = context.Answerer;
        return BatchInput.RunAsync(context, file, "answer",
            async line => AnswerView.From(await answerer.AnswerAsync(line.Turns, cancellationToken), line.Id), cancellationToken);
    }

    private static void Print(TextWriter output, PolicyAnswer answer)
    {
        output.WriteLine(answer.Text);
        if (answer.Notice is not null) output.WriteLine($"（提示：{answer.Notice}）");
        if (!answer.Grounded)
        {
            output.WriteLine();
            output.WriteLine("（现有文件未找到依据。）");
            foreach (var r in answer.Related) output.WriteLine($"  相关但非答案：{r.DocNumber}《{r.Title}》 {r.Section}");
            return;
        }
        output.WriteLine();
        output.WriteLine("依据：");
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            var c = answer.Citations[i];
            output.WriteLine($"  [{i + 1}] {c.DocNumber}《{c.Title}》 {c.Section}");
            output.WriteLine($"      “{c.Quote}”");
        }
    }
}
