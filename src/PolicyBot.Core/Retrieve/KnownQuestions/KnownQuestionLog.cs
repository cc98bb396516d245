using System.Text.Json;

namespace PolicyBot.Retrieve.KnownQuestions;

/// <summary>
/// A question log ("known questions"): pairs of a question and the clause that answered it, as a hotline keeps them.
/// Read from JSONL (<c>{"question": "…", "document": "文号 or source", "clause": "第X条"}</c>) or from tab-separated
/// lines (question, document, clause). Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public sealed class KnownQuestionLog
{
    public KnownQuestionLog(IEnumerable<KnownQuestion> entries) => Entries = entries.ToArray();

    public IReadOnlyList<KnownQuestion> Entries { get; }

    /// <summary>Reads the log at <paramref name="path"/>; a bad line fails with one line naming the file and line number.</summary>
    public static KnownQuestionLog Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Known questions file not found: {path}", path);
        var entries = new List<KnownQuestion>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            entries.Add(Parse(line) is { } entry
                ? entry
                : throw new FormatException($"{path}:{number}: expected {{\"question\", \"document\", \"clause\"}} JSON or 'question<TAB>document<TAB>clause', got: {Shorten(line)}"));
        }
        return new KnownQuestionLog(entries);
    }

    /// <summary>One line of the log, or null when it is not a well-formed entry.</summary>
    public static KnownQuestion? Parse(string line)
    {
        string? question, document, clause;
        if (line.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                question = Text(json.RootElement, "question");
                document = Text(json.RootElement, "document");
                clause = Text(json.RootElement, "clause");
            }
            catch (JsonException) { return null; }
        }
        else
        {
            var fields = line.Split('\t');
            if (fields.Length is < 2 or > 3) return null;
            (question, document, clause) = (fields[0].Trim(), fields[1].Trim(), fields.Length == 3 ? fields[2].Trim() : null);
        }
        if (string.IsNullOrWhiteSpace(question) || string.IsNullOrWhiteSpace(document)) return null;
        return new KnownQuestion(question.Trim(), document.Trim(), string.IsNullOrWhiteSpace(clause) ? null : clause.Trim());
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
