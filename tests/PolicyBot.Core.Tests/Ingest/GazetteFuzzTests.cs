using System.Text;
using PolicyBot.Ingest;

namespace PolicyBot.Core.Tests.Ingest;

/// <summary>
/// Seeded, bounded fuzzing of the gazette parser: mutated text never makes it fail with anything but a clear
/// <see cref="IngestException"/>, and extra page breaks inside valid paragraphs change no clause.
/// </summary>
public class GazetteFuzzTests
{
    private static readonly string[] Lines = File.ReadAllLines(TestCorpus.GazettePath);
    private static readonly string[] Noise = ["一、", "（一）", "1.", "第一条 ", "国发〔2024〕21号", "附件", "2024年9月4日", "（此件公开发布）", "（省民政厅牵头）", "。", "）", "〔", "# ", "\t", " ", "　", "\uFFFD", "\u0000", "<!-- INFO END -->"];

    [Fact]
    public void Mutated_gazettes_are_parsed_or_refused_cleanly()
    {
        var random = new Random(20240904);
        for (var i = 0; i < 60; i++)
        {
            var text = Mutate(Lines.ToList(), random);
            var e = Record.Exception(() => DocumentLoader.Load(Encoding.UTF8.GetBytes(text), $"fuzz-{i}.txt", IngestLimits.Default));
            Assert.True(e is null or IngestException, $"case {i}: {e}");
        }
    }

    [Fact]
    public void Page_breaks_inside_paragraphs_change_no_clause()
    {
        var expected = TestCorpus.Gazette.SelectMany(d => d.Clauses).Select(c => c.Text).ToList();
        var random = new Random(7);
        var paragraphs = Enumerable.Range(0, Lines.Length).Where(i => Lines[i].Length > 80 && Lines[i].TrimEnd().EndsWith('。')).ToList();
        for (var round = 0; round < 12; round++)
        {
            var lines = Lines.ToList();
            foreach (var i in paragraphs.OrderBy(_ => random.Next()).Take(8).OrderDescending())
            {
                var line = lines[i];
                var cut = SafeCut(line, random);
                if (cut < 0) continue;
                lines[i] = line[..cut];
                lines.Insert(i + 1, "");
                lines.Insert(i + 2, line[cut..]);
            }
            var documents = DocumentLoader.Load(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "breaks.txt", IngestLimits.Default);
            Assert.Equal(expected, documents.SelectMany(d => d.Clauses).Select(c => c.Text));
        }
    }

    // A cut between two Chinese characters, neither side a sentence end nor the start of a label or a date. In a
    // numbered line the cut falls after the heading phrase: a line cut inside it reads as a heading of its own.
    private static int SafeCut(string line, Random random)
    {
        var from = char.IsDigit(line[0]) || line[0] is '(' or '（' || line.IndexOf('、') is > 0 and < 4 ? line.IndexOf('。') + 2 : 20;
        if (from < 2 || from >= line.Length - 20) return -1;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var cut = random.Next(from, line.Length - 20);
            char before = line[cut - 1], after = line[cut];
            if (!PolicyBot.Text.ChineseText.IsHan(before) || !PolicyBot.Text.ChineseText.IsHan(after)) continue;
            if ("一二三四五六七八九十第附".Contains(after) || char.IsDigit(line[cut + 1])) continue;
            return cut;
        }
        return -1;
    }

    private static string Mutate(List<string> lines, Random random)
    {
        var operations = random.Next(1, 8);
        for (var k = 0; k < operations && lines.Count > 2; k++)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0: lines.RemoveRange(i, Math.Min(random.Next(1, 40), lines.Count - i)); break;
                case 1: lines.Insert(i, Noise[random.Next(Noise.Length)]); break;
                case 2: lines[i] = Noise[random.Next(Noise.Length)] + lines[i]; break;
                case 3 when lines[i].Length > 2: lines[i] = lines[i][..random.Next(lines[i].Length)]; break;
                case 4: lines.InsertRange(i, lines.GetRange(random.Next(lines.Count - 1), 1)); break;
                case 5: lines[i] = new string(lines[i].OrderBy(_ => random.Next()).ToArray()); break;
                default: lines = lines.Take(random.Next(lines.Count)).ToList(); break;
            }
        }
        return string.Join("\n", lines);
    }
}
