using System.Runtime.CompilerServices;
using PolicyBot.Configuration;
using PolicyBot.Domain;

namespace PolicyBot.Index;

/// <summary>
/// The embedded index folder: the documents and clauses of every ingested file, and the current
/// <see cref="IndexSnapshot"/> readers use. Writes are atomic (a killed ingest leaves the last committed state),
/// idempotent (an unchanged file is not read again) and streaming (one file at a time). See Index/README.md.
/// </summary>
public sealed class PolicyIndex : IIndexSnapshotSource, IDisposable
{
    private readonly Lock _stateLock = new();
    private volatile IndexManifest _manifest;
    private volatile IndexSnapshot? _snapshot;
    private Dictionary<string, IReadOnlyList<PolicyDocument>> _segmentDocuments = new(StringComparer.Ordinal);
    private FileSystemWatcher? _watcher;

    /// <summary>Opens the folder <see cref="IndexOptions.Path"/> (relative to the current directory); it is created by the first write.</summary>
    public PolicyIndex(IndexOptions options)
    {
        Options = options;
        Folder = Path.GetFullPath(options.Path);
        SegmentsFolder = Path.Combine(Folder, SegmentFile.FolderName);
        _manifest = IndexManifest.Load(Folder);
        CollectGarbageIfIdle();
    }

    public static PolicyIndex Open(string folder) => new(new IndexOptions { Path = folder });

    /// <summary>Full path of the index folder.</summary>
    public string Folder { get; }

    /// <summary>Where the retrieval stage keeps what it derives from the index; the index never touches it.</summary>
    public string RetrievalFolder => Path.Combine(Folder, "retrieval");

    public IndexOptions Options { get; }

    /// <summary>An ingest commits after this many changed files (and at the end), so a long run keeps its progress.</summary>
    public int CommitEveryFiles { get; init; } = 32;

    /// <summary>An ingest also commits when this much time has passed since the last commit.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The committed version (0 for an empty index); read without loading any document.</summary>
    public long Version => _manifest.Version;

    /// <summary>Documents in the index, counted from the manifest without loading them.</summary>
    public int DocumentCount => _manifest.DocumentCount;

    /// <summary>The current snapshot; the first access loads the documents from disk.</summary>
    public IndexSnapshot Current => _snapshot ?? Load();

    public event Action<IndexSnapshot>? Changed;

    internal IndexManifest Manifest => _manifest;
    internal string SegmentsFolder { get; }
    internal SemaphoreSlim Writers { get; } = new(1, 1);
    internal bool IsSnapshotLoaded => _snapshot is not null;

    /// <summary>
    /// Ingests files one at a time, yielding each result as it is done. Folders are not expanded here (see
    /// <see cref="SourceFiles.Expand"/>). Throws <see cref="IndexLockedException"/> when another process is writing.
    /// </summary>
    public async IAsyncEnumerable<IngestFileResult> IngestAsync(
        IEnumerable<string> files, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var writer = await IndexWriter.OpenAsync(this, cancellationToken).ConfigureAwait(false);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return writer.Ingest(file, Path.GetFullPath(file), file, cancellationToken);
        }
    }

    /// <summary>
    /// Ingests an uploaded file through the same pipeline. Its documents show <paramref name="fileName"/> as their
    /// source; uploading a file of the same name again replaces (or, unchanged, keeps) what it gave before.
    /// </summary>
    public async Task<IngestFileResult> IngestUploadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length == 0) return IngestFileResult.Failed("(upload)", "the upload has no file name");
        if (!SourceFiles.IsSupported(name))
            return IngestFileResult.Failed(name, $"unsupported file type “{Path.GetExtension(name)}” (supported: {string.Join(' ', SourceFiles.Extensions)})");

        // A folder of its own, so that the parser sees the real file name.
        var folder = Path.Combine(Path.GetTempPath(), "policybot-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, name);
            if (!await CopyWithinLimitAsync(content, path, cancellationToken).ConfigureAwait(false))
                return IngestFileResult.Failed(name, $"the file is larger than the limit of {Options.MaxFileBytes:N0} bytes (PolicyBot:Index:MaxFileBytes)");
            using var writer = await IndexWriter.OpenAsync(this, cancellationToken).ConfigureAwait(false);
            return writer.Ingest(path, "upload:" + name, name, cancellationToken);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* the temp folder is the OS's to clean */ }
        }
    }

    /// <summary>Deletes the document with this 文号 (any usual variant) or stable id; false when there is none.</summary>
    public async Task<bool> DeleteAsync(string docNumber, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(docNumber)) return false;
        using var writer = await IndexWriter.OpenAsync(this, cancellationToken).ConfigureAwait(false);
        var trimmed = docNumber.Trim();
        return writer.Delete(trimmed)
            || (DocumentNumber.TryParse(trimmed, out var n) && n.ToString() != trimmed && writer.Delete(n.ToString()));
    }

    /// <summary>Picks up what another process committed since; true when there was something newer.</summary>
    public bool Refresh() => Reload(onlyNewer: true);

    /// <summary>
    /// Follows commits made by other processes (e.g. <c>policybot ingest</c> while the web host runs): each new
    /// manifest is picked up as by <see cref="Refresh"/>, and <see cref="Changed"/> fires. Creates the folder.
    /// </summary>
    public void WatchForChanges()
    {
        if (_watcher is not null) return;
        CreateFolders();
        var watcher = new FileSystemWatcher(Folder, IndexManifest.FileName) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite };
        watcher.Renamed += (_, _) => RefreshQuietly();
        watcher.Changed += (_, _) => RefreshQuietly();
        watcher.Created += (_, _) => RefreshQuietly();
        watcher.EnableRaisingEvents = true;
        _watcher = watcher;
    }

    public void Dispose() => _watcher?.Dispose();

    /// <summary>Re-reads the manifest; with <paramref name="onlyNewer"/> false (a writer holding the lock) the disk always wins.</summary>
    internal bool Reload(bool onlyNewer)
    {
        var onDisk = IndexManifest.Load(Folder);
        if (onDisk.Version == _manifest.Version) return false;
        return Publish(onDisk, null, onlyNewer);
    }

    internal void CreateFolders()
    {
        try { Directory.CreateDirectory(SegmentsFolder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IndexException($"Cannot create the index folder {Folder}: {e.Message}", e);
        }
    }

    /// <summary>Makes <paramref name="manifest"/> current; swaps in a new snapshot when one is loaded.</summary>
    internal bool Publish(IndexManifest manifest, IReadOnlyDictionary<string, IReadOnlyList<PolicyDocument>>? fresh, bool onlyNewer = false)
    {
        IndexSnapshot? swapped = null;
        lock (_stateLock)
        {
            if (onlyNewer && manifest.Version <= _manifest.Version) return false;
            if (_snapshot is null)
            {
                _manifest = manifest;
            }
            else
            {
                var state = LoadedState.Build(this, manifest, fresh, _segmentDocuments);
                _manifest = state.Manifest;
                _segmentDocuments = state.SegmentDocuments;
                _snapshot = swapped = state.Snapshot;
            }
        }
        if (swapped is not null) Changed?.Invoke(swapped);
        return true;
    }

    /// <summary>Deletes segments no manifest names (left by a killed or failed ingest). Call with the write lock held.</summary>
    internal void CollectGarbage()
    {
        if (!Directory.Exists(SegmentsFolder)) return;
        var live = _manifest.Sources.Select(s => s.Segment).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SegmentsFolder))
            if (!live.Contains(Path.GetFileName(file))) TryDelete(file);
        TryDelete(Path.Combine(Folder, IndexManifest.FileName + ".tmp"));
    }

    private void CollectGarbageIfIdle()
    {
        if (!Directory.Exists(SegmentsFolder)) return;
        try
        {
            using var writeLock = IndexWriteLock.Acquire(Folder);
            _manifest = IndexManifest.Load(Folder);
            CollectGarbage();
        }
        catch (IndexException)
        {
            // A writer is busy (it collects when it opens and when it is done), or the folder is read-only.
        }
    }

    private void RefreshQuietly()
    {
        try { Refresh(); }
        catch (Exception e) when (e is IndexException or IOException)
        {
            // A manifest caught mid-replace or a segment being collected: the next event or read picks it up.
        }
    }

    private IndexSnapshot Load()
    {
        lock (_stateLock)
        {
            if (_snapshot is { } loaded) return loaded;
            var state = LoadedState.Build(this, _manifest, null, null);
            _manifest = state.Manifest;
            _segmentDocuments = state.SegmentDocuments;
            return _snapshot = state.Snapshot;
        }
    }

    private async Task<bool> CopyWithinLimitAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > Options.MaxFileBytes) return false;
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* collected next time */ }
    }
}
