using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyBot.Domain;
using PolicyBot.Index;
using PolicyBot.Retrieve.KnownQuestions;
using PolicyBot.Retrieve.Lexical;
using PolicyBot.Retrieve.Vectors;

namespace PolicyBot.Retrieve;

/// <summary>
/// Hybrid search over the embedded index: BM25F over jieba words, character bigrams and 文号 (with thesaurus
/// expansion), fused with vector search over the clause embeddings; follow-up questions are read in the context of
/// the earlier turns; with a question log (<see cref="KnownQuestions"/>), the nearest known questions vote for the
/// clauses and documents that answered them and lend their learned statute words to the query. Follows <see cref="IIndexSnapshotSource"/>: when the snapshot changes, the structures are
/// rebuilt (reusing every unchanged document's cached analysis) and swapped in whole.
/// </summary>
public sealed class EmbeddedPolicySearch : IPolicySearch, IDisposable
{
    private readonly IIndexSnapshotSource _source;
    private readonly ClauseEmbedder _embedder;
    private readonly IVectorIndex _vectors;
    private readonly string? _cacheFolder;
    private readonly ChineseAnalyzer _analyzer;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private RetrievalIndex _index = RetrievalIndex.Empty;
    private AnalysisStore? _store;
    private KnownQuestionLog? _knownQuestions;
    private Task<KnownQuestionIndex>? _knownIndex;

    /// <param name="cacheFolder">Where derived data is kept (<c>{index}/retrieval</c>); null keeps it in memory only.</param>
    public EmbeddedPolicySearch(IIndexSnapshotSource source, IEmbeddingGenerator<string, Embedding<float>> embedder,
        IVectorIndex? vectors = null, string? cacheFolder = null, SearchTuning? tuning = null,
        ChineseAnalyzer? analyzer = null, ILogger<EmbeddedPolicySearch>? logger = null, KnownQuestionLog? knownQuestions = null)
    {
        _source = source;
        _embedder = new ClauseEmbedder(embedder);
        _vectors = vectors ?? new EmbeddedVectorIndex();
        _cacheFolder = cacheFolder;
        _analyzer = analyzer ?? ChineseAnalyzer.Default;
        _logger = logger ?? NullLogger<EmbeddedPolicySearch>.Instance;
        Tuning = tuning ?? new SearchTuning();
        KnownQuestions = knownQuestions;
        _source.Changed += OnChanged;
    }

    public SearchTuning Tuning { get; set; }

    /// <summary>
    /// The places the deployment serves (<c>PolicyBot:Retrieval:Places</c>, e.g. 山东省, 威海市, 文登区): their local
    /// rules are not ranked below the laws (see <see cref="AuthorityPrior"/>).
    /// </summary>
    public IReadOnlyList<string> HomePlaces { get; init; } = [];

    /// <summary>
    /// The question log whose nearest questions vote for the clauses that answered them (see <see cref="KnownQuestionLog"/>);
    /// null for none.
    /// </summary>
    public KnownQuestionLog? KnownQuestions
    {
        get => _knownQuestions;
        set
        {
            _knownQuestions = value;
            _knownIndex = value is null ? null : KnownQuestionIndex.BuildAsync(value, _analyzer, Tuning.UseVectors ? _embedder : null, CancellationToken.None);
        }
    }

    /// <summary>What the last rebuild did: documents whose analysis was reused, and documents analysed afresh.</summary>
    public (int Reused, int Analyzed) LastBuild { get; private set; }

    public async Task<IReadOnlyList<Passage>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var index = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (index.Clauses.Length == 0 || query.Top <= 0 || string.IsNullOrWhiteSpace(query.Text)) return [];

        var filter = query.Filter is { IsEmpty: false } f ? f : null;
        Func<int, bool>? allowed = null;
        if (filter is not null)
        {
            var mask = index.Documents.Select(d => SearchFilters.Matches(filter, d)).ToArray();
            allowed = d => mask[d];
        }

        var earlier = query.History.Where(t => t.IsUser && !string.IsNullOrWhiteSpace(t.Content)).Select(t => t.Content).ToArray();
        var text = IssueDateQuestions.TopicOf(query.Text);
        var own = _analyzer.AnalyzeQuery(text);
        var historyWeight = HistoryWeightFor(own);
        var terms = QueryTerms(own, earlier, historyWeight);
        var prior = earlier.Length > 0 && Tuning.HistoryDocumentPrior > 0
            ? await PreviousTurnDocumentsAsync(index, earlier, allowed, cancellationToken).ConfigureAwait(false)
            : null;

        var known = _knownIndex is { } pending && (Tuning.KnownQuestionWeight > 0 || Tuning.KnownQuestionExpansion > 0)
            ? await pending.WaitAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var lexicalTerms = known is null ? terms : [.. terms, .. known.Expansions(index, terms, Tuning)];

        var candidates = Math.Max(Tuning.Candidates, query.Top);
        var lexical = index.Lexical.Search(lexicalTerms, candidates, allowed, tuning: Tuning);
        if (prior is { Count: > 0 } && lexical.Count > 0)
        {
            var bonus = lexical[0].Score * Tuning.HistoryDocumentPrior;
            lexical = index.Lexical.Search(lexicalTerms, candidates, allowed, prior.ToDictionary(kv => kv.Key, kv => kv.Value * bonus), Tuning);
        }

        IReadOnlyList<VectorHit> vector = [];
        float[]? qv = null;
        if (Tuning.UseVectors)
        {
            qv = await _embedder.EmbedAsync(text, cancellationToken).ConfigureAwait(false);
            if (earlier.Length > 0 && Tuning.HistoryWeight > 0)
            {
                var hv = await _embedder.EmbedAsync(earlier[^1], cancellationToken).ConfigureAwait(false);
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(hv, historyWeight, qv, qv);
                System.Numerics.Tensors.TensorPrimitives.Divide(qv, System.Numerics.Tensors.TensorPrimitives.Norm(qv), qv);
            }
            vector = await _vectors.SearchAsync(qv, Math.Max(Tuning.VectorCandidates, 1), filter, cancellationToken).ConfigureAwait(false);
        }

        var votes = Tuning.KnownQuestionWeight > 0 || Tuning.KnownQuestionDocumentWeight > 0 ? known?.Votes(index, terms, qv, Tuning, allowed) : null;

        var fused = HybridFusion.Fuse(index, lexical, vector, qv, Tuning, votes, query.Text,
            string.Join("\n", earlier.Append(query.Text)), HomePlaces);
        // A signature (issuer and date) is short and shares place names and years with many questions: it is a
        // passage only when the question asks when a document was issued.
        fused.RemoveAll(f => Clause.IsSignature(index.Clauses[f.Clause]));
        SeveralDocuments.Diversify(query.Text, fused, f => index.ClauseDocument[f.Clause], f => f.Score,
            f => index.Documents[index.ClauseDocument[f.Clause]].Issuer);
        IssueDateQuestions.Promote(query.Text, fused, c => index.SignatureOf(index.ClauseDocument[c]));
        var passages = new List<Passage>(Math.Min(query.Top, fused.Count));
        foreach (var (clause, score) in fused)
        {
            if (passages.Count == query.Top) break;
            passages.Add(new Passage(passages.Count + 1, score, index.Clauses[clause], index.Documents[index.ClauseDocument[clause]]));
        }
        return passages;
    }

    /// <summary>The question's terms, plus the earlier user turns' terms at a lower weight (the most recent counts most).</summary>
    private List<WeightedTerm> QueryTerms(IReadOnlyList<WeightedTerm> own, string[] earlier, float historyWeight)
    {
        var merged = new Dictionary<string, float>(StringComparer.Ordinal);
        void Merge(IEnumerable<WeightedTerm> terms)
        {
            foreach (var t in terms) merged[t.Term] = Math.Max(merged.GetValueOrDefault(t.Term), t.Weight);
        }
        Merge(own);
        var weight = historyWeight;
        for (var i = earlier.Length - 1; i >= 0 && weight > 0.02f; i--, weight /= 2)
            Merge(_analyzer.AnalyzeQuery(earlier[i], weight));
        return merged.Select(kv => new WeightedTerm(kv.Key, kv.Value)).ToList();
    }

    /// <summary>
    /// How much the most recent earlier turn counts: <see cref="SearchTuning.HistoryWeight"/>, or
    /// <see cref="SearchTuning.BareFollowUpHistoryWeight"/> for a follow-up with at most one word of its own
    /// (“这项工作谁负责？”, “村里呢？”), which is only about what was asked before.
    /// </summary>
    private float HistoryWeightFor(IReadOnlyList<WeightedTerm> own)
    {
        var words = own.Count(t => t.Weight >= 1f && !t.Term.StartsWith(ChineseAnalyzer.BigramPrefix, StringComparison.Ordinal));
        return words <= 1 ? Math.Max(Tuning.HistoryWeight, Tuning.BareFollowUpHistoryWeight) : Tuning.HistoryWeight;
    }

    /// <summary>The documents the previous user turn's best clauses came from, weighted 1 for the best, less for others.</summary>
    private Task<Dictionary<int, float>> PreviousTurnDocumentsAsync(RetrievalIndex index, string[] earlier, Func<int, bool>? allowed, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var own = _analyzer.AnalyzeQuery(earlier[^1]);
        var terms = QueryTerms(own, earlier[..^1], HistoryWeightFor(own));
        var hits = index.Lexical.Search(terms, 5, allowed);
        var docs = new Dictionary<int, float>();
        for (var r = 0; r < hits.Count; r++)
        {
            var d = index.ClauseDocument[hits[r].Clause];
            docs[d] = Math.Max(docs.GetValueOrDefault(d), 1f / (1 + r));
        }
        return Task.FromResult(docs);
    }

    private async ValueTask<RetrievalIndex> CurrentAsync(CancellationToken ct)
    {
        var index = _index;
        var snapshot = _source.Current;
        if (ReferenceEquals(index.Snapshot, snapshot)) return index;
        await _rebuild.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            snapshot = _source.Current;
            if (!ReferenceEquals(_index.Snapshot, snapshot)) _index = await BuildAsync(_index, snapshot, ct).ConfigureAwait(false);
            return _index;
        }
        finally { _rebuild.Release(); }
    }

    private async Task<RetrievalIndex> BuildAsync(RetrievalIndex previous, IndexSnapshot snapshot, CancellationToken ct)
    {
        // The first build finds what an earlier run stored; later ones build on the store the last build wrote.
        _store ??= AnalysisStore.Open(_cacheFolder);
        var store = _store;
        var analyses = new DocumentAnalysis[snapshot.Documents.Count];
        var hashes = new string[analyses.Length];
        var missing = new List<int>();
        for (var i = 0; i < analyses.Length; i++)
        {
            hashes[i] = DocumentAnalysis.HashOf(snapshot.Documents[i], _embedder.Id);
            if (store.Find(hashes[i]) is { } a) analyses[i] = a;
            else missing.Add(i);
        }
        int reused = analyses.Length - missing.Count, analyzed = missing.Count;

        LexicalIndex lexical;
        if (missing.Count == 0 && store.Count == analyses.Length)
        {
            // Nothing new (reopening, or a commit that changed nothing here): the stored index, or one built from the store.
            lexical = store.ReadLexical(AnalysisStore.OrderKey(analyses)) ?? LexicalIndex.Build(analyses, store.Vocabulary, store);
        }
        else
        {
            AnalysisStore next;
            try
            {
                (next, lexical) = await WriteStoreAsync(store, _cacheFolder, snapshot, analyses, hashes, missing, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (_cacheFolder is not null && e is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning("Could not write the retrieval store in {Folder} ({Message}); keeping it in memory", _cacheFolder, e.Message);
                (next, lexical) = await WriteStoreAsync(store, null, snapshot, analyses, hashes, missing, ct).ConfigureAwait(false);
            }
            _store = next;
            store.Dispose();
        }

        var previousHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < previous.Documents.Count; i++) previousHashes[previous.Documents[i].DocNumber] = previous.Analyses[i].ContentHash;
        for (var i = 0; i < analyses.Length; i++)
        {
            var d = snapshot.Documents[i];
            var a = analyses[i];
            if (!previousHashes.Remove(d.DocNumber, out var old) || old != a.ContentHash)
                await _vectors.UpsertDocumentAsync(new VectorDocument(d.DocNumber, d.Issuer, SearchFilters.YearOf(d), d.Type,
                    d.Clauses.Select(c => c.Id).ToArray(), a.Vectors, a.Scales, a.Dimensions), ct).ConfigureAwait(false);
        }
        foreach (var gone in previousHashes.Keys) await _vectors.DeleteDocumentAsync(gone, ct).ConfigureAwait(false);

        var index = new RetrievalIndex(snapshot, analyses, lexical);
        LastBuild = (reused, analyzed);
        _logger.LogInformation("Retrieval index at version {Version}: {Clauses} clauses, {Reused} documents reused, {Analyzed} analysed",
            snapshot.Version, index.Clauses.Length, reused, analyzed);
        return index;
    }

    /// <summary>
    /// Writes the next store: the reused documents' term blocks copied, the missing documents segmented and embedded
    /// (on every core, each block written as soon as it is made, so the terms of a large ingest are never all in
    /// memory), then the lexical index built from the blocks. Fills <paramref name="analyses"/>.
    /// </summary>
    private async Task<(AnalysisStore Store, LexicalIndex Lexical)> WriteStoreAsync(AnalysisStore previous, string? folder,
        IndexSnapshot snapshot, DocumentAnalysis[] analyses, string[] hashes, List<int> missing, CancellationToken ct)
    {
        using var writer = previous.StartNext(folder);
        for (var i = 0; i < analyses.Length; i++)
            if (analyses[i] is { } reused && previous.Contains(reused.ContentHash)) writer.Copy(reused);
        await Parallel.ForEachAsync(missing, new ParallelOptions { CancellationToken = ct }, async (i, token) =>
        {
            var (analysis, terms) = await DocumentAnalysis.CreateAsync(snapshot.Documents[i], hashes[i], _embedder, token).ConfigureAwait(false);
            writer.Add(analysis, terms);
            analyses[i] = analysis;
        }).ConfigureAwait(false);
        var lexical = LexicalIndex.Build(analyses, writer.Vocabulary, writer);
        return (writer.Complete(AnalysisStore.OrderKey(analyses), lexical), lexical);
    }

    private void OnChanged(IndexSnapshot snapshot) =>
        _ = Task.Run(async () =>
        {
            try { await CurrentAsync(CancellationToken.None).ConfigureAwait(false); }
            catch (Exception e) { _logger.LogError("Rebuilding the retrieval index failed: {Message}", e.Message); }
        });

    public void Dispose()
    {
        _source.Changed -= OnChanged;
        _store?.Dispose();
        _rebuild.Dispose();
    }
}
