namespace PolicyBot.Index;

/// <summary>
/// The writer's working copy of the manifest. Keeps each 文号 live in exactly one source: a file that brings a 文号
/// another file holds takes it over.
/// </summary>
internal sealed class ManifestBuilder
{
    private readonly List<SourceEntry> _entries;
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _holderOf = new(StringComparer.Ordinal);

    public ManifestBuilder(IndexManifest manifest)
    {
        _entries = [.. manifest.Sources];
        for (var i = 0; i < _entries.Count; i++)
        {
            _byKey[_entries[i].Key] = i;
            foreach (var number in _entries[i].Documents) _holderOf[number] = _entries[i].Key;
        }
    }

    public SourceEntry? Find(string key) => _byKey.TryGetValue(key, out var i) ? _entries[i] : null;

    /// <summary>The source a document is live in.</summary>
    public SourceEntry? FindHolder(string docNumber) =>
        _holderOf.TryGetValue(docNumber, out var key) ? Find(key) : null;

    /// <summary>Adds or replaces <paramref name="entry"/>; returns a note per 文号 taken over from another source.</summary>
    public IReadOnlyList<string> Put(SourceEntry entry)
    {
        var notes = new List<string>();
        foreach (var number in entry.Documents)
        {
            if (FindHolder(number) is { } holder && holder.Key != entry.Key)
            {
                notes.Add($"{number} replaces the copy from {holder.Source}");
                Replace(holder with { Documents = holder.Documents.Where(n => n != number).ToArray() });
            }
        }
        if (Find(entry.Key) is { } previous)
        {
            foreach (var number in previous.Documents) _holderOf.Remove(number);
            Replace(entry);
        }
        else
        {
            _byKey[entry.Key] = _entries.Count;
            _entries.Add(entry);
        }
        foreach (var number in entry.Documents) _holderOf[number] = entry.Key;
        return notes;
    }

    /// <summary>
    /// Takes a document out of the index. Its source forgets its hash, so ingesting that file again restores it.
    /// </summary>
    public bool Remove(string docNumber)
    {
        if (FindHolder(docNumber) is not { } holder) return false;
        Replace(holder with { Sha256 = "", Documents = holder.Documents.Where(n => n != docNumber).ToArray() });
        _holderOf.Remove(docNumber);
        return true;
    }

    public IndexManifest Build(long version) => new(IndexManifest.CurrentFormat, version, _entries.ToArray());

    private void Replace(SourceEntry entry) => _entries[_byKey[entry.Key]] = entry;
}
