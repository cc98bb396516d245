using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicyBot.Domain;
using PolicyBot.Retrieve;

namespace PolicyBot.Benchmarks.Baseline;

/// <summary>
/// The plain lexical baseline: Lucene.Net 4.8, SmartChineseAnalyzer, BM25 (k1 1.2, b 0.75) over the text of each
/// unit (a 500-character chunk or an article). The question is the last turn with the earlier user turns before it.
/// </summary>
public sealed class LuceneSearch : IPolicySearch, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly SmartChineseAnalyzer _analyzer = new(Version);
    private readonly RAMDirectory _directory = new();
    private readonly IReadOnlyList<(PolicyDocument Document, Clause Clause)> _units;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneSearch(IReadOnlyList<(PolicyDocument Document, Clause Clause)> units)
    {
        _units = units;
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256 };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < units.Count; i++)
                writer.AddDocument(new Document { new StoredField("unit", i), new TextField("text", units[i].Clause.Text, Field.Store.NO) });
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        BooleanQuery.MaxClauseCount = 4096;
    }

    public int Count => _units.Count;

    public Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var text = string.Join(" ", query.History.Where(t => t.IsUser).Select(t => t.Content).Append(query.Text));
        var parser = new QueryParser(Version, "text", _analyzer);
        var parsed = parser.Parse(QueryParserBase.Escape(text));
        var hits = _searcher.Search(parsed, query.Top).ScoreDocs;
        IReadOnlyList<Passage> passages = hits.Select((h, i) =>
        {
            var (doc, clause) = _units[_searcher.Doc(h.Doc).GetField("unit").GetInt32Value()!.Value];
            return new Passage(i + 1, h.Score, clause, doc);
        }).ToArray();
        return Task.FromResult(passages);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
