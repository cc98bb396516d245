using System.Text.RegularExpressions;

namespace PolicyBot.Benchmarks.Corpora;

/// <summary>
/// A corpus of a chosen size made from the real policies and laws: the files are copied round after round until the
/// clause count ingest will make of them reaches the target, each later round with its 文号 perturbed (a round mark added to the agency
/// code, e.g. 国发乙〔2019〕5号, 国令乙第707号) and its law titles marked (（第2版）), so every copy is a distinct
/// document. Round marks run to 110 rounds (about 10 million clauses).
/// </summary>
public static partial class SyntheticCorpus
{
    private const string RoundMarks = "甲乙丙丁戊己庚辛壬癸";

    public static (IReadOnlyList<string> Files, long Bytes) Build(SharedFolder shared, int targetClauses, string folder)
    {
        var sources = DistractorCorpus.Files(shared).Select(f => (File: f, Text: File.ReadAllText(f))).ToArray();
        var estimates = ClauseCounts(sources.Select(s => s.File).ToArray());
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

    /// <summary>
    /// The clauses ingest makes of each file (parsed once, on every core), counting a document that an earlier file
    /// also holds (the same 文号) as none: in the index the later copy replaces the earlier one. Every round has the
    /// same counts, so the corpus reaches the target clause count, not an estimate of it.
    /// </summary>
    public static int[] ClauseCounts(IReadOnlyList<string> files)
    {
        var documents = new IReadOnlyList<PolicyBot.Domain.PolicyDocument>[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try { documents[i] = PolicyBot.Ingest.DocumentLoader.Load(files[i]); }
            catch (PolicyBot.Ingest.IngestException) { documents[i] = []; }
        });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var counts = new int[files.Count];
        for (var i = files.Count - 1; i >= 0; i--)
            foreach (var d in documents[i])
                if (seen.Add(d.DocNumber)) counts[i] += d.Clauses.Count;
        return counts;
    }

    public static string Perturb(string text, int round)
    {
        var mark = Mark(round);
        var withNumbers = DocumentNumberLike().Replace(text, m => $"{m.Groups["agency"].Value}{mark}{m.Groups["rest"].Value}");
        return TitleLine().Replace(withNumbers, m => $"{m.Value}（第{round + 1}版）", 1);
    }

    private static string Mark(int round) =>
        round <= RoundMarks.Length ? RoundMarks[round - 1].ToString() : RoundMarks[(round - 1) / RoundMarks.Length - 1].ToString() + RoundMarks[(round - 1) % RoundMarks.Length];

    /// <summary>
    /// Any 文号-like number: agency and bracketed year (国办发明电〔2018〕15号, 法释〔2022〕19号) or a decree number
    /// (国令第707号). A copy whose 文号 were left alone would replace the earlier copies instead of adding to them.
    /// </summary>
    [GeneratedRegex(@"(?<agency>[\u4E00-\u9FFF]{1,10})(?<rest>[〔\[（(［【﹝](?:19|20)\d{2}[〕\]）)］】﹞]\s*\d{1,4}\s*号|第\s*\d{1,4}\s*号)")]
    private static partial Regex DocumentNumberLike();

    [GeneratedRegex(@"(?m)^#? ?\S.*?(?=\r?$)")]
    private static partial Regex TitleLine();
}
