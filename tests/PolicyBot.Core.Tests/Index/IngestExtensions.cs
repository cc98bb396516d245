using PolicyBot.Index;

namespace PolicyBot.Core.Tests.Index;

internal static class IngestExtensions
{
    public static async Task<IReadOnlyList<IngestFileResult>> IngestAllAsync(this PolicyIndex index, params string[] files)
    {
        var results = new List<IngestFileResult>();
        await foreach (var r in index.IngestAsync(files)) results.Add(r);
        return results;
    }

    public static async Task<IngestFileResult> IngestOneAsync(this PolicyIndex index, string file) =>
        (await index.IngestAllAsync(file)).Single();
}
