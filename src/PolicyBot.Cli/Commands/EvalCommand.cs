using System.CommandLine;
#if POLICYBOT_EVALUATION
using PolicyBot.Evaluation;
#endif

namespace PolicyBot.Cli.Commands;

/// <summary>
/// <c>policybot eval --gold FILE [--json]</c>: the gold-question metrics of shared/eval/README.md. Compiled against
/// the evaluation stage when src/PolicyBot.Core/Evaluation exists (POLICYBOT_EVALUATION, set in the .csproj).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliCommands cli)
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold questions (JSON Lines, see shared/eval/README.md).", HelpName = "FILE", Required = true };
        var json = CliCommands.JsonOption();
        var command = new Command("eval", "Measure retrieval and answer quality on gold questions.") { gold, json };
        command.SetAction((parsed, ct) => cli.RunAsync(parsed, context => RunAsync(context, parsed.GetRequiredValue(gold), parsed.GetValue(json), ct)));
        return command;
    }

#if POLICYBOT_EVALUATION
    private static async Task<int> RunAsync(CliContext context, FileInfo gold, bool json, CancellationToken cancellationToken)
    {
        if (!gold.Exists) throw new UsageException($"the gold file {gold.FullName} does not exist.");
        var report = await GoldEvaluation.RunAsync(gold.FullName, context.Search, context.Answerer, cancellationToken);
        if (json) JsonOutput.WriteLine(context.Console.Out, report);
        else context.Console.Out.WriteLine(report.ToTable());
        return ExitCodes.Success;
    }
#else
    private static Task<int> RunAsync(CliContext context, FileInfo gold, bool json, CancellationToken cancellationToken)
    {
        _ = (context, gold, json, cancellationToken);
        throw new UsageException("eval is not available in this build: the evaluation stage (src/PolicyBot.Core/Evaluation) is missing.");
    }
#endif
}
