using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBot.Benchmarks.Corpora;

/// <summary>A STARD question: a layperson's legal question and the statute articles that answer it.</summary>
public sealed partial record StardQuestion(string Id, string Question, string Split, IReadOnlyList<StardArticle> GoldArticles)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IReadOnlyList<StardQuestion> Load(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<StardQuestion>(BareNaN().Replace(l, ": null"), Json) ?? throw new BenchmarkException($"{path}: a null line"))
            .ToArray();

    // The file was written by Python, which prints a missing keyword as a bare NaN (not JSON).
    [GeneratedRegex(@":\s*NaN(?=\s*[,}])")]
    private static partial Regex BareNaN();
}

/// <summary>A gold article: its label (第X条) in any of the law files that hold that law (paths relative to corpus/).</summary>
public sealed record StardArticle(string Article, [property: JsonPropertyName("corpus_files")] IReadOnlyList<string> CorpusFiles)
{
    /// <summary>The keys (<c>laws/…md|第X条</c>) of the clauses that count as this article.</summary>
    public IEnumerable<string> Keys => CorpusFiles.Select(f => ArticleKey(f, Article));

    public static string ArticleKey(string corpusRelativeFile, string? label) => $"{corpusRelativeFile.Replace('\\', '/')}|{label}";
}
