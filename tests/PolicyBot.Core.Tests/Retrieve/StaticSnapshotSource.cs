using PolicyBot.Domain;
using PolicyBot.Index;

namespace PolicyBot.Core.Tests.Retrieve;

/// <summary>An <see cref="IIndexSnapshotSource"/> holding documents in memory; <see cref="Publish"/> swaps in a new version.</summary>
internal sealed class StaticSnapshotSource(IReadOnlyList<PolicyDocument> documents) : IIndexSnapshotSource
{
    public IndexSnapshot Current { get; private set; } = new(1, documents);

    public event Action<IndexSnapshot>? Changed;

    public void Publish(IReadOnlyList<PolicyDocument> documents)
    {
        Current = new IndexSnapshot(Current.Version + 1, documents);
        Changed?.Invoke(Current);
    }
}
