namespace PolicyBot.Qdrant;

/// <summary>What one <see cref="QdrantIndexSync"/> pass changed, counted in documents.</summary>
public sealed record QdrantSyncResult(int Added, int Updated, int Removed, int Unchanged)
{
    public bool ChangedAnything => Added + Updated + Removed > 0;

    public override string ToString() => $"{Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged";
}
