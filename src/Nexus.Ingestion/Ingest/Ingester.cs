using System.Diagnostics;
using Nexus.Core.Articles;
using Nexus.Extraction.Pipeline;
using Nexus.Ingestion.Dedup;
using Nexus.Ingestion.Reading;
using Nexus.Store;

namespace Nexus.Ingestion.Ingest;

/// <summary>
/// Reads, extracts and stores articles. Reading and extraction run on every core (one pipeline per
/// thread, so stages need not be thread-safe); storing is sequential, one transaction per article, so a
/// crash loses at most the article being written and a rerun completes the batch.
/// </summary>
public sealed class Ingester : IDisposable
{
    private readonly IKnowledgeStore _store;
    private readonly ArticleReader _reader;
    private readonly ThreadLocal<ExtractionPipeline> _pipelines;
    private readonly MinHasher _hasher = new();

    public Ingester(IKnowledgeStore store, ArticleReader reader, Func<ExtractionPipeline> pipelineFactory)
    {
        _store = store;
        _reader = reader;
        _pipelines = new ThreadLocal<ExtractionPipeline>(pipelineFactory);
    }

    /// <summary>Ingests every article of the given (already expanded) inputs, reporting each outcome as it happens.</summary>
    public IngestSummary IngestAll(IEnumerable<string> inputs, Action<string, IngestOutcome>? onEach = null, Action<string>? onError = null)
    {
        var summary = new IngestSummary();
        var clock = Stopwatch.StartNew();
        var prepared = inputs
            .SelectMany(_reader.Read)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(Prepare);
        foreach (var (outcome, extraction) in prepared)
        {
            var result = outcome.Article is null ? IngestOutcome.Failed
                : extraction is null ? IngestOutcome.Duplicate
                : Store(extraction.Value.Extraction, extraction.Value.Signature);
            if (result == IngestOutcome.Failed) onError?.Invoke(outcome.Describe());
            summary.Count(result);
            onEach?.Invoke(outcome.Source, result);
        }
        summary.Elapsed = clock.Elapsed;
        return summary;
    }

    /// <summary>Extracts and stores one article already read.</summary>
    public IngestOutcome Ingest(Article article) =>
        _store.FindArticleBySha256(article.Sha256) is not null
            ? IngestOutcome.Duplicate
            : Store(_pipelines.Value!.Extract(article), _hasher.Compute(ContentText(article)));

    private (ReadOutcome Outcome, (ArticleExtraction Extraction, MinHashSignature Signature)? Prepared) Prepare(ReadOutcome outcome)
    {
        if (outcome.Article is null || _store.FindArticleBySha256(outcome.Article.Sha256) is not null) return (outcome, null);
        return (outcome, (_pipelines.Value!.Extract(outcome.Article), _hasher.Compute(ContentText(outcome.Article))));
    }

    private IngestOutcome Store(ArticleExtraction extraction, MinHashSignature signature)
    {
        // Checked again here: the same text may come twice in one batch.
        if (_store.FindArticleBySha256(extraction.Article.Sha256) is not null) return IngestOutcome.Duplicate;
        var bands = signature.BandKeys();
        var original = _store.FindNearDuplicateCandidates([.. bands])
            .Where(c => signature.IsNearDuplicateOf(MinHashSignature.FromBytes(c.Signature)))
            .Select(c => (long?)c.ArticleId)
            .Min();
        _store.AddArticle(extraction, new Store.NearDuplicateInfo(signature.ToBytes(), bands, original));
        return original is null ? IngestOutcome.New : IngestOutcome.NearDuplicate;
    }

    /// <summary>Near-duplicates are judged on the article's content, so differing page furniture does not hide a copy.</summary>
    private static string ContentText(Article article) =>
        string.Join('\n', article.Content.Select(span => span.Slice(article.Text)));

    public void Dispose() => _pipelines.Dispose();
}
