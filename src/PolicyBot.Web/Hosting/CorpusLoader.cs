using Microsoft.Extensions.Options;
using PolicyBot.Configuration;
using PolicyBot.Index;
using PolicyBot.Ingest;

namespace PolicyBot.Web.Hosting;

/// <summary>
/// At start, in the background: when the index is empty, ingests <c>PolicyBot:Corpus:Path</c> (the bundled gazette by
/// default) so a fresh checkout serves it at once; then marks the index ready for <c>/health</c>.
/// </summary>
public sealed partial class CorpusLoader(
    IIndexSnapshotSource snapshots,
    IDocumentLibrary library,
    IndexReadiness readiness,
    IOptions<PolicyBotOptions> options,
    IHostEnvironment environment,
    ILogger<CorpusLoader> logger) : BackgroundService
{
    /// <summary>The gazette shipped in the repository (and copied beside the host's assembly).</summary>
    public const string BundledCorpus = "corpus/weihai-wendeng-gazette-2024-03.txt";

    // Loading is CPU-bound and partly synchronous: it runs on a thread of its own, so the server starts listening at
    // once (requests meanwhile see 503 "loading") instead of waiting for thread-pool threads on a busy machine.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => LoadAsync(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private async Task LoadAsync(CancellationToken stoppingToken)
    {
        try
        {
            var existing = snapshots.Current.Documents.Count;
            if (existing > 0)
            {
                LogExisting(logger, existing);
                readiness.MarkReady();
                return;
            }
            var path = ResolveCorpusPath(options.Value.Corpus.Path, environment.ContentRootPath);
            if (path is null)
            {
                readiness.MarkReady($"the corpus {options.Value.Corpus.Path ?? BundledCorpus} was not found");
                LogMissing(logger, options.Value.Corpus.Path ?? BundledCorpus);
                return;
            }
            LogLoading(logger, path);
            var count = 0;
            foreach (var file in CorpusFiles(path))
                count += (await library.IngestFileAsync(file, stoppingToken)).Count;
            LogLoaded(logger, count, path);
            readiness.MarkReady();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (IngestException e)
        {
            LogFailed(logger, e.Message);
            readiness.MarkReady(e.Message);
        }
        catch (Exception e)
        {
            LogCrashed(logger, e);
            readiness.MarkReady("the start-up corpus could not be loaded (see the log)");
        }
    }

    /// <summary>
    /// The configured corpus (default: the bundled gazette), relative to the content root, else beside the assembly;
    /// null when it exists in neither place.
    /// </summary>
    public static string? ResolveCorpusPath(string? configured, string contentRoot)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? BundledCorpus : configured;
        if (Path.IsPathRooted(path)) return File.Exists(path) || Directory.Exists(path) ? path : null;
        foreach (var root in new[] { contentRoot, AppContext.BaseDirectory })
        {
            var candidate = Path.GetFullPath(Path.Combine(root, path));
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static IEnumerable<string> CorpusFiles(string path) =>
        File.Exists(path)
            ? [path]
            : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => DocumentLoader.SupportedExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index holds {Count} documents; start-up corpus not needed")]
    private static partial void LogExisting(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index is empty; ingesting {Path}")]
    private static partial void LogLoading(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Count} documents from {Path}")]
    private static partial void LogLoaded(ILogger logger, int count, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start-up corpus {Path} not found; serving an empty index")]
    private static partial void LogMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Start-up corpus could not be ingested: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Start-up corpus could not be ingested")]
    private static partial void LogCrashed(ILogger logger, Exception exception);
}
