using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Configuration;
using PolicyBot.Contracts;

namespace PolicyBot.Web.Components.Services;

/// <summary>
/// Keeps staff feedback on answers for review: one JSON object per line in <c>feedback.jsonl</c> inside the index
/// folder. Appends are serialised per file, so concurrent circuits never interleave lines.
/// </summary>
public sealed class FeedbackStore
{
    public const string FileName = "feedback.jsonl";
    public const int MaxNoteLength = 2000;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    [ActivatorUtilitiesConstructor]
    public FeedbackStore(IOptions<PolicyBotOptions> options)
        : this(Path.Combine(Path.GetFullPath(options.Value.Index.Path), FileName))
    {
    }

    public FeedbackStore(string filePath) => FilePath = Path.GetFullPath(filePath);

    public string FilePath { get; }

    public async Task AppendAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        if (entry.Note is { Length: > MaxNoteLength })
            entry = entry with { Note = entry.Note[..MaxNoteLength] };
        var line = JsonSerializer.Serialize(entry, PolicyBotJson.Compact) + "\n";
        var gate = Locks.GetOrAdd(FilePath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, line, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
