using System.Diagnostics;
using System.Security.Cryptography;
using PolicyBot.Domain;
using PolicyBot.Ingest;

namespace PolicyBot.Index;

/// <summary>
/// One write session on a <see cref="PolicyIndex"/>: holds the in-process writer slot and the folder's lock file,
/// ingests files one at a time (each into a new segment), and commits the manifest every few files and at the end.
/// Disposing commits what is done and releases the lock, also after a cancellation.
/// </summary>
internal sealed class IndexWriter : IDisposable
{
    private readonly PolicyIndex _index;
    private readonly IndexWriteLock _lock;
    private readonly ManifestBuilder _work;
    private readonly Dictionary<string, IReadOnlyList<PolicyDocument>> _pending = new(StringComparer.Ordinal);
    private readonly List<string> _unflushed = [];
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();
    private long _version;
    private int _uncommitted;

    private IndexWriter(PolicyIndex index, IndexWriteLock writeLock)
    {
        _index = index;
        _lock = writeLock;
        var manifest = index.Manifest;
        _version = manifest.Version;
        _work = new ManifestBuilder(manifest);
    }

    public static async Task<IndexWriter> OpenAsync(PolicyIndex index, CancellationToken cancellationToken)
    {
        await index.Writers.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            index.CreateFolders();
            var writeLock = IndexWriteLock.Acquire(index.Folder);
            try
            {
                index.Reload(onlyNewer: false); // another process may have committed since we last looked
                index.CollectGarbage();
                return new IndexWriter(index, writeLock);
            }
            catch
            {
                writeLock.Dispose();
                throw;
            }
        }
        catch
        {
            index.Writers.Release();
            throw;
        }
    }

    /// <summary>Ingests one file under <paramref name="key"/>; <paramref name="source"/> is what documents show as their source.</summary>
    public IngestFileResult Ingest(string path, string key, string source, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
            return IngestFileResult.Failed(source, "no such file or folder");
        if (!SourceFiles.IsSupported(path))
            return IngestFileResult.Failed(source, $"unsupported file type “{file.Extension}” (supported: {string.Join(' ', SourceFiles.Extensions)})");
        if (file.Length > _index.Options.MaxFileBytes)
            return IngestFileResult.Failed(source, $"the file has {file.Length:N0} bytes, more than the limit of {_index.Options.MaxFileBytes:N0} (PolicyBot:Index:MaxFileBytes)");

        string hash;
        try { hash = HashOf(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return IngestFileResult.Failed(source, OneLine(e.Message)); }

        var previous = _work.Find(key);
        if (previous is not null && previous.Sha256 == hash && previous.Parser == DocumentLoader.ParserVersion)
            return new IngestFileResult(source, IngestOutcome.Unchanged) { DocNumbers = previous.Documents };

        IReadOnlyList<PolicyDocument> documents;
        try { documents = DocumentLoader.Load(path, cancellationToken); }
        catch (IngestException e) { return IngestFileResult.Failed(source, Reason(e.Message, path)); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return IngestFileResult.Failed(source, $"cannot be read ({e.GetType().Name}: {OneLine(e.Message)})");
        }

        var notes = new List<string>();
        var error = Check(documents);
        if (error is not null) return IngestFileResult.Failed(source, error);
        documents = KeepLastOfEachNumber(documents, notes)
            .Select(d => d.Source == source ? d : d with { Source = source })
            .ToArray();

        var segment = SegmentFile.Write(_index.SegmentsFolder, source, documents);
        _unflushed.Add(segment);
        var numbers = documents.Select(d => d.DocNumber).ToArray();
        notes.AddRange(_work.Put(new SourceEntry(key, source, hash, file.Length, segment, numbers, DateTimeOffset.UtcNow)
        {
            Parser = DocumentLoader.ParserVersion,
        }));
        if (_index.IsSnapshotLoaded) _pending[segment] = documents;
        _uncommitted++;
        if (_uncommitted >= _index.CommitEveryFiles || _sinceCommit.Elapsed >= _index.CommitInterval) Commit();

        return new IngestFileResult(source, previous is null ? IngestOutcome.Added : IngestOutcome.Replaced)
        {
            DocNumbers = numbers,
            ClauseCount = documents.Sum(d => d.Clauses.Count),
            Notes = notes,
        };
    }

    /// <summary>Takes the document with this canonical 文号 (or stable id) out of the index and commits.</summary>
    public bool Delete(string docNumber)
    {
        if (!_work.Remove(docNumber)) return false;
        _uncommitted++;
        Commit();
        return true;
    }

    /// <summary>Makes everything ingested so far durable and visible (a new manifest version and snapshot).</summary>
    public void Commit()
    {
        if (_uncommitted == 0) return;
        SegmentFile.MakeDurable(_index.SegmentsFolder, _unflushed);
        _unflushed.Clear();
        DurableFile.FlushDirectory(_index.SegmentsFolder);
        var manifest = _work.Build(_version + 1);
        manifest.Save(_index.Folder);
        _version = manifest.Version;
        _index.Publish(manifest, _pending);
        _pending.Clear();
        _uncommitted = 0;
        _sinceCommit.Restart();
    }

    public void Dispose()
    {
        try
        {
            Commit();
            _index.CollectGarbage();
        }
        finally
        {
            _lock.Dispose();
            _index.Writers.Release();
        }
    }

    private string? Check(IReadOnlyList<PolicyDocument> documents)
    {
        if (documents.Count == 0) return "no documents found in the file";
        var max = _index.Options.MaxClausesPerDocument;
        foreach (var d in documents)
        {
            if (string.IsNullOrWhiteSpace(d.DocNumber)) return $"document “{d.Title}” has no 文号 or id";
            if (d.Clauses.Count > max)
                return $"document {d.DocNumber} has {d.Clauses.Count:N0} clauses, more than the limit of {max:N0} (PolicyBot:Index:MaxClausesPerDocument)";
        }
        return null;
    }

    private static IEnumerable<PolicyDocument> KeepLastOfEachNumber(IReadOnlyList<PolicyDocument> documents, List<string> notes)
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++) last[documents[i].DocNumber] = i;
        for (var i = 0; i < documents.Count; i++)
        {
            if (last[documents[i].DocNumber] == i) yield return documents[i];
            else notes.Add($"{documents[i].DocNumber} occurs more than once in the file; the last one is kept");
        }
    }

    private static string HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The loader's message without the path it may start with (the caller names the file).</summary>
    private static string Reason(string message, string path)
    {
        message = OneLine(message);
        return message.StartsWith(path + ":", StringComparison.Ordinal) ? message[(path.Length + 1)..].Trim() : message;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
