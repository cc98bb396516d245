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
}
