using System.Text.Json;
using PolicyBot.Domain;

namespace PolicyBot.Cli.Commands;

/// <summary>
/// A JSON Lines batch: each line <c>{"id": …, "question": "…"}</c> or <c>{"id": …, "turns": [...]}</c>, where a turn is
/// the user's message as a string or a <c>{role, content}</c> object. Blank lines are skipped.
/// </summary>
internal static class BatchInput
{
    public sealed record Line(int Number, string Id, IReadOnlyList<ChatTurn> Turns);

    /// <summary>Each line parsed, or the one-line reason it could not be.</summary>
    public static IEnumerable<(Line? Line, string? Error)> Read(string path)
    {
        IEnumerable<string> lines;
        try { lines = File.ReadLines(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the batch file {path}: {e.Message}");
        }
        var number = 0;
        foreach (var text in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            yield return Parse(number, text);
        }
    }

    private static (Line?, string?) Parse(int number, string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, $"line {number}: expected a JSON object");
            if (!root.TryGetProperty("id", out var idValue) || idValue.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                return (null, $"line {number}: needs an \"id\" (string or number)");
            var id = idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : idValue.GetRawText();
            var turns = new List<ChatTurn>();
            if (root.TryGetProperty("turns", out var turnsValue) && turnsValue.ValueKind == JsonValueKind.Array)
            {
                foreach (var turn in turnsValue.EnumerateArray())
                {
                    if (turn.ValueKind == JsonValueKind.String) turns.Add(new ChatTurn(ChatTurn.User, turn.GetString()!));
                    else if (turn.ValueKind == JsonValueKind.Object && turn.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
                        turns.Add(new ChatTurn(turn.TryGetProperty("role", out var role) ? role.GetString() ?? ChatTurn.User : ChatTurn.User, content.GetString()!));
                    else return (null, $"line {number} (id {id}): each turn must be a string or {{\"role\", \"content\"}}");
                }
            }
            else if (root.TryGetProperty("question", out var question) && question.ValueKind == JsonValueKind.String)
            {
                turns.Add(new ChatTurn(ChatTurn.User, question.GetString()!));
            }
            if (turns.Count == 0 || !turns.Any(t => t.IsUser && !string.IsNullOrWhiteSpace(t.Content)))
                return (null, $"line {number} (id {id}): needs a non-empty \"question\" or \"turns\"");
            return (new Line(number, id, turns), null);
        }
        catch (JsonException e)
        {
            return (null, $"line {number}: not valid JSON ({e.Message.ReplaceLineEndings(" ")})");
        }
    }

    /// <summary>
    /// Runs <paramref name="each"/> on every line of a JSON Lines file and writes its result as one JSON line; a bad
    /// line or a failed line is reported on stderr (file, line, id, why) and the rest go on. Exit code 2 if any failed.
    /// </summary>
    public static async Task<int> RunAsync(CliContext context, FileInfo file, string verb, Func<Line, Task<object>> each,
        CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var (line, error) in Read(file.FullName))
        {
            if (line is null)
            {
                context.Console.WriteError($"{file.Name}: {error}");
                failed++;
                continue;
            }
            try
            {
                JsonOutput.WriteLine(context.Console.Out, await each(line));
            }
            catch (Exception e) when (e is not OperationCanceledException and not UsageException)
            {
                context.Console.WriteError($"{file.Name}: line {line.Number} (id {line.Id}): {verb} failed: {e.Message.ReplaceLineEndings(" ")}");
                failed++;
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
