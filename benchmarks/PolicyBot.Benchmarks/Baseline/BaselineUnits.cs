using PolicyBot.Benchmarks.Corpora;
using PolicyBot.Domain;
using PolicyBot.Ingest;

namespace PolicyBot.Benchmarks.Baseline;

/// <summary>What the baseline indexes: 500-character chunks of raw documents, or law articles, as clauses.</summary>
public static class BaselineUnits
{
    public static List<(PolicyDocument, Clause)> Chunks(IEnumerable<RawDocument> documents, int size = 500, int overlap = 50)
    {
        var units = new List<(PolicyDocument, Clause)>();
        foreach (var raw in documents)
        {
            var doc = new PolicyDocument { DocNumber = raw.DocNumber, Title = raw.Title, Source = raw.Source };
            var i = 0;
            foreach (var chunk in TextChunker.Chunk(raw.Text, size, overlap))
                units.Add((doc, new Clause { Id = Clause.MakeId(raw.DocNumber, i), DocNumber = raw.DocNumber, Position = i++, Section = SectionPath.Root, Text = chunk }));
        }
        return units;
    }

    /// <summary>The clauses PolicyBot's own ingest (<see cref="DocumentLoader"/>) makes of <paramref name="files"/>.</summary>
    public static List<(PolicyDocument, Clause)> Ingested(IEnumerable<string> files, CancellationToken ct) =>
        files.AsParallel().AsOrdered().WithCancellation(ct)
            .SelectMany(f => DocumentLoader.Load(f, ct).SelectMany(d => d.Clauses.Select(c => (d, c))))
            .ToList();

    public static List<(PolicyDocument, Clause)> Articles(IEnumerable<LawArticle> articles)
    {
        var units = new List<(PolicyDocument, Clause)>();
        PolicyDocument? doc = null;
        var i = 0;
        foreach (var a in articles)
        {
            if (doc is null || doc.Source != a.File)
            {
                doc = new PolicyDocument { DocNumber = a.LawTitle, Title = a.LawTitle, Source = a.File };
                i = 0;
            }
            units.Add((doc, new Clause
            {
                Id = Clause.MakeId(a.LawTitle, i), DocNumber = a.LawTitle, Position = i++, Section = SectionPath.Parse(a.Section),
                Text = a.Text, Label = a.Label,
            }));
        }
        return units;
    }
}
