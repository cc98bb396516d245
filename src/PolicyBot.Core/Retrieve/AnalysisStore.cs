using System.Text;
using PolicyBot.Retrieve.Lexical;

namespace PolicyBot.Retrieve;

/// <summary>
/// The per-document analyses persisted as <c>{index}/retrieval/analysis.bin</c>, so that reopening an index neither
/// segments nor embeds a clause again: each document's term block (term ids, <see cref="DocumentTerms"/>), then the
/// vocabulary, then each document's content hash, clause vectors and block position, then the lexical index built
/// for the documents in snapshot order (with a key of that order), then a footer locating the last three. Only
/// vectors, vocabulary and block positions are held in memory; reopening an unchanged index reads the lexical index
/// as it is, any other change builds it afresh from the blocks. A store is written whole under a temporary name and renamed into place (a missing,
/// stale or corrupt file is simply rebuilt); the file is kept open, so a store stays readable when another process
/// replaces it. Without a folder the store lives in memory.
/// </summary>
internal sealed class AnalysisStore : ITermBlocks, IDisposable
{
    public const string FileName = "analysis.bin";
    private const string Magic = "PolicyBot.RetrievalAnalysis/2";
    private const long FooterMagic = 0x3253414E41425050; // "PPBANAS2"
    private const int FooterSize = 32;

    private readonly Stream _stream;
    private readonly Dictionary<string, (DocumentAnalysis Analysis, long Offset, int Length)> _documents;
    private byte[] _buffer = new byte[1 << 16];

    private AnalysisStore(Stream stream, Vocabulary vocabulary, Dictionary<string, (DocumentAnalysis, long, int)> documents, long lexicalAt = 0)
    {
        _stream = stream;
        Vocabulary = vocabulary;
        _documents = documents;
        _lexicalAt = lexicalAt;
    }

    private readonly long _lexicalAt;

    public Vocabulary Vocabulary { get; }

    public int Count => _documents.Count;

    public static string? PathIn(string? folder) => folder is null ? null : Path.Combine(folder, FileName);

    public static AnalysisStore Empty() => new(new MemoryStream(), new Vocabulary(), new(StringComparer.Ordinal));

    /// <summary>The store in <paramref name="folder"/>, or an empty one when there is none or it cannot be read.</summary>
    public static AnalysisStore Open(string? folder)
    {
        if (PathIn(folder) is not { } path || !File.Exists(path)) return Empty();
        FileStream? file = null;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            using var r = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            if (file.Length < FooterSize || r.ReadString() != Magic) { file.Dispose(); return Empty(); }
            var blocksEnd = file.Position;
            file.Position = file.Length - FooterSize;
            var vocabularyAt = r.ReadInt64();
            var documentsAt = r.ReadInt64();
            var lexicalAt = r.ReadInt64();
            if (r.ReadInt64() != FooterMagic || vocabularyAt < blocksEnd || documentsAt < vocabularyAt || lexicalAt < documentsAt || lexicalAt > file.Length - FooterSize)
                throw new InvalidDataException("bad footer");
            file.Position = vocabularyAt;
            var vocabulary = Vocabulary.Read(r);
            file.Position = documentsAt;
            var n = r.ReadInt32();
            if (n < 0) throw new InvalidDataException("bad document count");
            var documents = new Dictionary<string, (DocumentAnalysis, long, int)>(n, StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                var a = DocumentAnalysis.Read(r);
                var offset = r.ReadInt64();
                var length = r.ReadInt32();
                if (offset < blocksEnd || length < 0 || offset + length > vocabularyAt) throw new InvalidDataException("bad block position");
                documents[a.ContentHash] = (a, offset, length);
            }
            return new AnalysisStore(file, vocabulary, documents, lexicalAt);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or FormatException or ArgumentException or UnauthorizedAccessException)
        {
            file?.Dispose();
            return Empty();
        }
    }

    /// <summary>Identifies an order of documents: the lexical index stored with the store is valid for one.</summary>
    public static string OrderKey(IReadOnlyList<DocumentAnalysis> analyses)
    {
        using var h = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var a in analyses) { h.AppendData(Encoding.UTF8.GetBytes(a.ContentHash)); h.AppendData([0]); }
        return Convert.ToHexString(h.GetHashAndReset());
    }

    /// <summary>The stored lexical index when it was built for documents in this order (<see cref="OrderKey"/>), else null.</summary>
    public LexicalIndex? ReadLexical(string orderKey)
    {
        if (_lexicalAt == 0 || _stream is not FileStream file) return null;
        try
        {
            file.Position = _lexicalAt;
            using var r = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            return r.ReadString() == orderKey ? LexicalIndex.Read(r, Vocabulary) : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }

    public DocumentAnalysis? Find(string contentHash) => _documents.TryGetValue(contentHash, out var d) ? d.Analysis : null;

    public bool Contains(string contentHash) => _documents.ContainsKey(contentHash);

    public ReadOnlySpan<byte> Read(DocumentAnalysis document)
    {
        var (_, offset, length) = _documents[document.ContentHash];
        return ReadBlock(offset, length);
    }

    /// <summary>Starts the next store: the vocabulary continues this one's, so blocks copied from here stay valid.</summary>
    public Writer StartNext(string? folder) => new(PathIn(folder), Vocabulary.Clone(), this);

    public void Dispose() => _stream.Dispose();

    private ReadOnlySpan<byte> ReadBlock(long offset, int length)
    {
        if (_stream is MemoryStream memory) return memory.GetBuffer().AsSpan(checked((int)offset), length);
        if (_buffer.Length < length) _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        var span = _buffer.AsSpan(0, length);
        if (RandomAccess.Read(((FileStream)_stream).SafeFileHandle, span, offset) != length) throw new EndOfStreamException();
        return span;
    }

    /// <summary>Writes a new store: blocks (copied or fresh, any order, thread-safe), then <see cref="Complete"/>.</summary>
    public sealed class Writer : ITermBlocks, IDisposable
    {
        private readonly string? _path;
        private readonly string? _temporary;
        private readonly Stream _stream;
        private readonly AnalysisStore _previous;
        private readonly Dictionary<string, (DocumentAnalysis, long, int)> _documents = new(StringComparer.Ordinal);
        private readonly VarintWriter _encoder = new(1 << 16);
        private readonly Lock _lock = new();
        private AnalysisStore? _reading;
        private bool _completed;

        internal Writer(string? path, Vocabulary vocabulary, AnalysisStore previous)
        {
            _path = path;
            _previous = previous;
            Vocabulary = vocabulary;
            if (path is null) _stream = new MemoryStream();
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                _temporary = $"{path}.{Environment.ProcessId}.tmp";
                DeleteAbandoned(path);
                _stream = new FileStream(_temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 1 << 16);
            }
            using var w = new BinaryWriter(_stream, Encoding.UTF8, leaveOpen: true);
            w.Write(Magic);
        }

        public Vocabulary Vocabulary { get; }

        /// <summary>Takes over a document's block from the previous store as it is.</summary>
        public void Copy(DocumentAnalysis analysis)
        {
            lock (_lock)
            {
                if (_documents.ContainsKey(analysis.ContentHash)) return;
                Append(analysis, _previous.Read(analysis));
            }
        }

        /// <summary>Adds a freshly analysed document; its terms are not needed after this.</summary>
        public void Add(DocumentAnalysis analysis, DocumentTerms terms)
        {
            lock (_lock)
            {
                if (_documents.ContainsKey(analysis.ContentHash)) return;
                _encoder.Clear();
                terms.Encode(Vocabulary, _encoder);
                Append(analysis, _encoder.Written);
            }
        }

        public ReadOnlySpan<byte> Read(DocumentAnalysis document)
        {
            if (_reading is null)
            {
                _stream.Flush();
                _reading = new AnalysisStore(_stream, Vocabulary, _documents);
            }
            return _reading.Read(document);
        }

        /// <summary>Writes vocabulary, documents and footer, puts the file in place and returns it as the current store.</summary>
        public AnalysisStore Complete(string orderKey, LexicalIndex lexical)
        {
            _stream.Seek(0, SeekOrigin.End);
            using (var w = new BinaryWriter(_stream, Encoding.UTF8, leaveOpen: true))
            {
                var vocabularyAt = _stream.Position;
                Vocabulary.Write(w);
                var documentsAt = _stream.Position;
                w.Write(_documents.Count);
                foreach (var (analysis, offset, length) in _documents.Values)
                {
                    analysis.Write(w);
                    w.Write(offset);
                    w.Write(length);
                }
                var lexicalAt = _stream.Position;
                w.Write(orderKey);
                lexical.Write(w);
                w.Write(vocabularyAt);
                w.Write(documentsAt);
                w.Write(lexicalAt);
                w.Write(FooterMagic);
            }
            _stream.Flush();
            if (_path is not null) File.Move(_temporary!, _path, overwrite: true);
            _completed = true;
            return _reading ?? new AnalysisStore(_stream, Vocabulary, _documents);
        }

        public void Dispose()
        {
            if (_completed) return;
            _stream.Dispose();
            if (_temporary is not null)
            {
                try { File.Delete(_temporary); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* left for the next run */ }
            }
        }

        /// <summary>Deletes temporary stores left by processes that died while writing one (named by process id).</summary>
        private static void DeleteAbandoned(string path)
        {
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".*.tmp"))
            {
                var pid = Path.GetFileNameWithoutExtension(file).Split('.')[^1];
                if (!int.TryParse(pid, out var id) || id == Environment.ProcessId || IsRunning(id)) continue;
                try { File.Delete(file); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* next time */ }
            }
        }

        private static bool IsRunning(int processId)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(processId);
                return !process.HasExited;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return false;
            }
        }

        private void Append(DocumentAnalysis analysis, ReadOnlySpan<byte> block)
        {
            var offset = _stream.Position;
            _stream.Write(block);
            _documents[analysis.ContentHash] = (analysis, offset, block.Length);
        }
    }
}
