using PolicyBot.Index;

namespace PolicyBot.Web.Tests.Components;

/// <summary>An index that holds one snapshot and can swap in another, as a re-ingest does.</summary>
internal sealed class FixedSnapshotSource(IndexSnapshot snapshot) : IIndexSnapshotSource
{
    public IndexSnapshot Current { get; private set; } = snapshot;

    public event Action<IndexSnapshot>? Changed;

    public void Swap(IndexSnapshot next)
    {
        Current = next;
        Changed?.Invoke(next);
    }
}
