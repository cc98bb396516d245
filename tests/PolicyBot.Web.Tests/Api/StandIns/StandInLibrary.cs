using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Ingest;
using PolicyBot.Web.Hosting;

namespace PolicyBot.Web.Tests.Api.StandIns;

/// <summary>
/// TEST DOUBLE, to be removed when the index stage (PolicyIndex) is wired into AddPolicyBot: an in-memory index that
/// swaps immutable snapshots atomically. Registered by <see cref="PolicyBotApiFactory"/> only while no real
/// <see cref="IIndexSnapshotSource"/> is registered.
/// </summary>
public sealed class StandInLibrary : IIndexSnapshotSource, IDocumentLibrary
{
    private readonly Lock _writing = new();
    private IndexSnapshot _current = IndexSnapshot.Empty;

    public IndexSnapshot Current => Volatile.Read(ref _current);

    public event Action<IndexSnapshot>? Changed;

    public Task<IReadOnlyList<PolicyDocument>> IngestFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var loaded = DocumentLoader.Load(path);
        Swap(docs => docs.Where(d => loaded.All(n => n.DocNumber != d.DocNumber) && d.Source != path).Concat(loaded));
        return Task.FromResult(loaded);
    }

    public async Task<IReadOnlyList<PolicyDocument>> IngestUploadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("policybot-standin-").FullName;
        var path = Path.Combine(folder, fileName);
        PolicyDocument[] loaded;
        try
        {
            await using (var file = File.Create(path)) await content.CopyToAsync(file, cancellationToken);
            loaded = DocumentLoader.Load(path).Select(d => d with { Source = fileName }).ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        Swap(docs => docs.Where(d => loaded.All(n => n.DocNumber != d.DocNumber) && d.Source != fileName).Concat(loaded));
        return loaded;
    }

    public Task<bool> DeleteDocumentAsync(string docNumber, CancellationToken cancellationToken = default)
    {
        var doc = Current.FindDocument(docNumber);
        if (doc is null) return Task.FromResult(false);
        Swap(docs => docs.Where(d => d.DocNumber != doc.DocNumber));
        return Task.FromResult(true);
    }

    private void Swap(Func<IEnumerable<PolicyDocument>, IEnumerable<PolicyDocument>> change)
    {
        IndexSnapshot next;
        lock (_writing)
        {
            next = new IndexSnapshot(_current.Version + 1, change(_current.Documents).ToArray());
            Volatile.Write(ref _current, next);
        }
        Changed?.Invoke(next);
    }
}
