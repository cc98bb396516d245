using System.Text.RegularExpressions;

namespace PolicyBot.Benchmarks.Corpora;

/// <summary>
/// A corpus of a chosen size made from the real policies and laws: the files are copied round after round until the
/// estimated clause count is reached, each later round with its 文号 perturbed (a round mark added to the agency
/// code, e.g. 国发乙〔2019〕5号, 国令乙第707号) and its law titles marked (（第2版）), so every copy is a distinct
/// document. Round marks run to 110 rounds (about 10 million clauses).
/// </summary>
public static partial class SyntheticCorpus
{
    private const string RoundMarks = "甲乙丙丁戊己庚辛壬癸";

    public static (IReadOnlyList<string> Files, long Bytes) Build(SharedFolder shared, int targetClauses, string folder)
    {
        var sources = DistractorCorpus.Files(shared).Select(f => (File: f, Text: File.ReadAllText(f))).ToArray();
        var estimates = sources.Select(s => EstimateClauses(s.File, s.Text)).ToArray();
        var files = new List<string>();
        long bytes = 0, clauses = 0;
        for (var round = 0; clauses < targetClauses; round++)
        {
            for (var i = 0; i < sources.Length && clauses < targetClauses; i++)
            {
                var rel = Path.GetRelativePath(shared.Corpus, sources[i].File);
                var target = Path.Combine(folder, $"r{round:D3}", rel);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var text = round == 0 ? sources[i].Text : Perturb(sources[i].Text, round);
                File.WriteAllText(target, text);
                files.Add(target);
                bytes += new FileInfo(target).Length;
                clauses += estimates[i];
            }
        }
        return (files, bytes);
    }

    /// <summary>Articles for a law, paragraphs for a policy: roughly what ingest makes clauses of.</summary>
    public static int EstimateClauses(string file, string text) =>
        file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? Math.Max(1, ArticleLine().Count(text))
            : text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));

    public static string Perturb(string text, int round)
    {
        var mark = Mark(round);
        var withNumbers = DocumentNumberLike().Replace(text, m => $"{m.Groups["agency"].Value}{mark}{m.Groups["rest"].Value}");
        return TitleLine().Replace(withNumbers, m => $"{m.Value}（第{round + 1}版）", 1);
    }

    private static string Mark(int round) =>
        round <= RoundMarks.Length ? RoundMarks[round - 1].ToString() : RoundMarks[(round - 1) / RoundMarks.Length - 1].ToString() + RoundMarks[(round - 1) % RoundMarks.Length];

    [GeneratedRegex(@"(?m)^第[零一二三四五六七八九十百千〇两\d]+条")]
    private static partial Regex ArticleLine();

    /// <summary>
    /// Any 文号-like number: agency and bracketed year (国办发明电〔2018〕15号, 法释〔2022〕19号) or a decree number
    /// (国令第707号). A copy whose 文号 were left alone would replace the earlier copies instead of adding to them.
    /// </summary>
    [GeneratedRegex(@"(?<agency>[\u4E00-\u9FFF]{1,10})(?<rest>[〔\[（(［【﹝](?:19|20)\d{2}[〕\]）)］】﹞]\s*\d{1,4}\s*号|第\s*\d{1,4}\s*号)")]
    private static partial Regex DocumentNumberLike();

    [GeneratedRegex(@"(?m)^#? ?\S.*?(?=\r?$)")]
    private static partial Regex TitleLine();
}
