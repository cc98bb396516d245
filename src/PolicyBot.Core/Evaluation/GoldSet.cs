using System.Text.Json;

namespace PolicyBot.Evaluation;

/// <summary>Reads a gold file: JSON Lines of <see cref="GoldQuestion"/>.</summary>
public static class GoldSet
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// The questions of <paramref name="path"/> in file order. Throws <see cref="FileNotFoundException"/> or
    /// <see cref="GoldFileException"/> with a one-line message naming the file and line.
    /// </summary>
    public static async Task<IReadOnlyList<GoldQuestion>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"gold file not found: {path}", path);
        var questions = new List<GoldQuestion>();
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            questions.Add(Parse(line, $"{path}:{lineNumber}"));
        }
        if (questions.Count == 0) throw new GoldFileException($"{path}: no gold questions in the file");
        return questions;
    }

    /// <summary>One gold line; <paramref name="where"/> names it in error messages.</summary>
    public static GoldQuestion Parse(string line, string where = "gold line")
    {
        GoldQuestion? q;
        try { q = JsonSerializer.Deserialize<GoldQuestion>(line, Json); }
        catch (JsonException e) { throw new GoldFileException($"{where}: not a gold question ({FirstLine(e.Message)})", e); }
        if (q is null) throw new GoldFileException($"{where}: not a gold question (null)");
        if (q.Turns.Count == 0 || q.Turns.Any(string.IsNullOrWhiteSpace))
            throw new GoldFileException($"{where}: question {q.Id} has no turns or an empty turn");
        if (q.IsAnswerable && q.AnswerFacts.Count == 0)
            throw new GoldFileException($"{where}: answerable question {q.Id} has no answer_facts");
        return q;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
