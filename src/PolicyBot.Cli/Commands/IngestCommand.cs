using System.CommandLine;
using System.Diagnostics;
using PolicyBot.Index;

namespace PolicyBot.Cli.Commands;

/// <summary><c>policybot ingest PATH...</c>: files or folders (recursive) into the index, one file at a time.</summary>
internal static class IngestCommand
{
    private sealed record Summary(
        int Files, int Added, int Replaced, int Unchanged, int Failed, int Documents, double Seconds, string Index,
        IReadOnlyList<FileView> Results);

    private sealed record FileView(string Path, string Outcome, IReadOnlyList<string> DocNumbers, int ClauseCount, string? Error, IReadOnlyList<string> Notes)
    {
        public static FileView From(IngestFileResult r) =>
            new(r.Path, r.Outcome.ToString().ToLowerInvariant(), r.DocNumbers, r.ClauseCount, r.Error, r.Notes);
    }

    public static Command Create(CliCommands cli)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Files or folders to ingest; folders are searched recursively for {string.Join(' ', SourceFiles.Extensions)} files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = CliCommands.JsonOption();
        var command = new Command("ingest", "Add files to the index. Unchanged files are skipped; a changed file replaces its documents; a 文号 that arrives from another file replaces the older copy.")
        {
            paths, json,
        };
        command.SetAction((parsed, ct) => cli.RunAsync(parsed, context => RunAsync(context, parsed.GetRequiredValue(paths), parsed.GetValue(json), ct)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, bool json, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var files = SourceFiles.Expand(paths);
        if (files.Count == 0)
        {
            console.WriteError($"no {string.Join(' ', SourceFiles.Extensions)} files in {string.Join(", ", paths)}");
            return ExitCodes.SomeInputsFailed;
        }

        var index = context.Index;
        var clock = Stopwatch.StartNew();
        var results = new List<IngestFileResult>(files.Count);
        var progress = IngestProgress.For(console, files.Count);
        await progress.RunAsync(async () =>
        {
            await foreach (var result in index.IngestAsync(files, cancellationToken))
            {
                results.Add(json ? result : result with { DocNumbers = [] }); // keep memory flat on big runs
                progress.Report(results.Count, result);
            }
        });

        int Count(IngestOutcome o) => results.Count(r => r.Outcome == o);
        var summary = new Summary(files.Count, Count(IngestOutcome.Added), Count(IngestOutcome.Replaced), Count(IngestOutcome.Unchanged),
            Count(IngestOutcome.Failed), index.DocumentCount, Math.Round(clock.Elapsed.TotalSeconds, 2), index.Folder, json ? results.Select(FileView.From).ToArray() : []);
        console.Error.WriteLine(
            $"Ingested {summary.Files} files in {summary.Seconds:0.0} s: {summary.Added} added, {summary.Replaced} replaced, " +
            $"{summary.Unchanged} unchanged, {summary.Failed} failed. The index {summary.Index} holds {summary.Documents} documents.");
        if (json) JsonOutput.WriteLine(console.Out, summary);
        return summary.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
