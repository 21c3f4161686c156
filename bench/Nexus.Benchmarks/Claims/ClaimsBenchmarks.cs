using BenchmarkDotNet.Attributes;
using Nexus.Core.Articles;
using Nexus.Extraction.Events;
using Nexus.Extraction.Pipeline;
using Nexus.Extraction.Relations;
using Nexus.Ingestion.Reading;

namespace Nexus.Benchmarks.Claims;

/// <summary>
/// The claim and event stages on the seed articles (entities and parse already done), against the
/// baseline cue readers in the same run; and the whole pipeline (tokenize, parse, entities, claims,
/// events) whose words per second is the target. Run:
/// dotnet run -c Release --project bench/Nexus.Benchmarks -- --filter '*ClaimsBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class ClaimsBenchmarks
{
    private readonly List<ExtractionContext> _contexts = [];
    private readonly List<Article> _articles = [];
    private ExtractionPipeline _pipeline = null!;
    private readonly CueRelationExtractor _cueRelations = new();
    private readonly CueEventExtractor _cueEvents = new();
    private readonly PatternRelationExtractor _relations = new();
    private readonly LexiconEventExtractor _events = new();

    [GlobalSetup]
    public void Setup()
    {
        var root = Text.TextCorpus.RepositoryRoot();
        var models = Path.Combine(root, "models");
        _pipeline = DefaultPipeline.Create(models);
        var reader = new ArticleReader(new ReaderOptions());
        var (recognizer, linker) = DefaultPipeline.EntityStages(models);
        var analyzer = DefaultPipeline.CreateAnalyzer(models);
        foreach (var path in Directory.GetFiles(Path.Combine(root, "..", "shared", "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var article = reader.Read(path).Single().Article!;
            _articles.Add(article);
            var analysis = analyzer.Analyze(article.Text, article.Content);
            _contexts.Add(new ExtractionContext(article, analysis, linker.Link(analysis, recognizer.Recognize(analysis))));
        }
        _ = ClaimsAndEvents(); // patterns are built lazily on first use; measure the steady state
    }

    [Benchmark(Baseline = true)]
    public int BaselineCueReaders()
    {
        var n = 0;
        foreach (var c in _contexts) n += _cueRelations.Extract(c).Count + _cueEvents.Extract(c).Count;
        return n;
    }

    [Benchmark]
    public int ClaimsAndEvents()
    {
        var n = 0;
        foreach (var c in _contexts) n += _relations.Extract(c).Count + _events.Extract(c).Count;
        return n;
    }

    [Benchmark]
    public int WholePipeline()
    {
        var n = 0;
        foreach (var a in _articles) n += _pipeline.Extract(a).Claims.Length;
        return n;
    }
}
