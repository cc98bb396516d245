namespace PolicyBot.Index;

/// <summary>Where readers get the current snapshot; <see cref="Changed"/> fires after a new one is swapped in.</summary>
public interface IIndexSnapshotSource
{
    IndexSnapshot Current { get; }
    event Action<IndexSnapshot>? Changed;
}
