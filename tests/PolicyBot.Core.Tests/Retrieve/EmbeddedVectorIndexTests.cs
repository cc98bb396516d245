using PolicyBot.Retrieve;
using PolicyBot.Retrieve.Vectors;

namespace PolicyBot.Core.Tests.Retrieve;

public sealed class EmbeddedVectorIndexTests
{
    private static VectorDocument Doc(string number, int year, params float[][] rows)
    {
        var dims = rows[0].Length;
        var vectors = new sbyte[rows.Length * dims];
        var scales = new float[rows.Length];
        for (var i = 0; i < rows.Length; i++) ClauseEmbedder.Quantize(rows[i], vectors.AsSpan(i * dims, dims), out scales[i]);
        return new VectorDocument(number, "威海市人民政府", year, "通知", rows.Select((_, i) => $"{number}-{i:D3}").ToArray(), vectors, scales, dims);
    }

    [Fact]
    public async Task Finds_the_nearest_clauses_filters_and_replaces_whole_documents()
    {
        var index = new EmbeddedVectorIndex();
        await index.UpsertDocumentAsync(Doc("威政发〔2024〕14号", 2024, [1, 0, 0], [0.6f, 0.8f, 0]));
        await index.UpsertDocumentAsync(Doc("威政发〔2023〕9号", 2023, [0, 0, 1]));

        var hits = await index.SearchAsync(new float[] { 1, 0, 0 }, 2);
        Assert.Equal(["威政发〔2024〕14号-000", "威政发〔2024〕14号-001"], hits.Select(h => h.ClauseId));
        Assert.Equal(1f, hits[0].Score, 2);
        Assert.Equal(0.6f, hits[1].Score, 2);

        var filtered = await index.SearchAsync(new float[] { 1, 0, 0 }, 5, new SearchFilter(Year: 2023));
        Assert.Equal(["威政发〔2023〕9号-000"], filtered.Select(h => h.ClauseId));
        Assert.Single(await index.SearchAsync(new float[] { 1, 0, 0 }, 5, new SearchFilter(DocNumber: "威政发[2023]9号")));

        await index.UpsertDocumentAsync(Doc("威政发〔2024〕14号", 2024, [0, 1, 0]));
        await index.DeleteDocumentAsync("威政发〔2023〕9号");
        Assert.Equal(["威政发〔2024〕14号-000"], (await index.SearchAsync(new float[] { 1, 0, 0 }, 5)).Select(h => h.ClauseId));
    }

    [Fact]
    public async Task A_large_index_scanned_on_every_core_finds_the_exact_nearest_clauses()
    {
        // 60 documents of 2,000 clauses (120k rows, above the one-slice size), random 128-dimensional vectors.
        const int dims = 128;
        var random = new Random(7);
        var index = new EmbeddedVectorIndex();
        var all = new List<(string Id, float[] Vector)>();
        for (var d = 0; d < 60; d++)
        {
            var number = $"威政发〔2024〕{d + 1}号";
            var rows = new float[2000][];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = Enumerable.Range(0, dims).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
                all.Add(($"{number}-{i:D3}", rows[i]));
            }
            await index.UpsertDocumentAsync(Doc(number, 2024, rows));
        }
        var query = Enumerable.Range(0, dims).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var norm = MathF.Sqrt(query.Sum(x => x * x));
        query = query.Select(x => x / norm).ToArray();

        var hits = await index.SearchAsync(query, 20);

        var expected = all.Select(r => (r.Id, Cosine: Cosine(r.Vector, query))).OrderByDescending(r => r.Cosine).Take(20).ToArray();
        Assert.Equal(20, hits.Count);
        // int8 rows: the ranking may swap clauses whose cosines differ by less than the quantisation error.
        Assert.True(hits.Select(h => h.ClauseId).Intersect(expected.Select(e => e.Id)).Count() >= 18);
        Assert.Equal(expected[0].Id, hits[0].ClauseId);
        Assert.Equal(expected[0].Cosine, hits[0].Score, 2);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    private static float Cosine(float[] a, float[] q) => a.Zip(q).Sum(p => p.First * p.Second) / MathF.Sqrt(a.Sum(x => x * x));
}
