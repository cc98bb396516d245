using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Ingest;

namespace PolicyBot.Web.Hosting;

/// <summary>The web host's <see cref="IDocumentLibrary"/> over the embedded index (<see cref="PolicyIndex"/>).</summary>
public sealed class PolicyIndexLibrary(PolicyIndex index) : IDocumentLibrary
{
    public async Task<IReadOnlyList<PolicyDocument>> IngestFileAsync(string path, CancellationToken cancellationToken = default)
    {
        IngestFileResult? result = null;
        await foreach (var r in index.IngestAsync([path], cancellationToken)) result = r;
        return DocumentsOf(result ?? IngestFileResult.Failed(path, "nothing was ingested"));
    }

    public async Task<IReadOnlyList<PolicyDocument>> IngestUploadAsync(Stream content, string fileName, CancellationToken cancellationToken = default) =>
        DocumentsOf(await index.IngestUploadAsync(content, fileName, cancellationToken));

    public Task<bool> DeleteDocumentAsync(string docNumber, CancellationToken cancellationToken = default) =>
        index.DeleteAsync(docNumber, cancellationToken);

    private IReadOnlyList<PolicyDocument> DocumentsOf(IngestFileResult result)
    {
        if (result.Outcome == IngestOutcome.Failed) throw new IngestException(result.Error ?? $"{result.Path}: could not be ingested");
        var snapshot = index.Current;
        return result.DocNumbers.Select(snapshot.FindDocument).OfType<PolicyDocument>().ToArray();
    }
}
