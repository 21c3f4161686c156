using BenchmarkDotNet.Attributes;
using Nexus.Benchmarks.Text;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using Nexus.Extraction.Linking;
using Nexus.Extraction.Pipeline;
using Nexus.Text.Analysis;

namespace Nexus.Benchmarks.Entities;

/// <summary>
/// What entities cost on top of text analysis, on the three seed articles (about 4,000 words): analysis alone
/// (the baseline), analysis + recognition (KB matching, NER, descriptors), and analysis + recognition + linking
/// (with coreference). Linking's share of the pipeline = (third − second) / third.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EntityBenchmarks
{
    private string _text = "";
    private TextSpan[] _whole = [];
    private ITextAnalyzer _analyzer = null!;
    private IEntityRecognizer _recognizer = null!;
    private IEntityLinker _linker = null!;
    private AnalyzedText _analysis = null!;
    private IReadOnlyList<EntityMention> _mentions = [];

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(TextCorpus.RepositoryRoot(), "..", "shared", "seeds");
        _text = string.Join("\n\n", Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        _whole = [new TextSpan(0, _text.Length)];
        _analyzer = DefaultPipeline.CreateAnalyzer(TextCorpus.ModelsDirectory);
        (_recognizer, _linker) = DefaultPipeline.EntityStages(TextCorpus.ModelsDirectory);
        _analysis = _analyzer.Analyze(_text, _whole);
        _mentions = _recognizer.Recognize(_analysis);
        Console.WriteLine($"// tokens: {_analysis.Tokens.Length}");
    }

    [Benchmark(Baseline = true, Description = "analyze (tokenize+tag+parse)")]
    public int Analyze() => _analyzer.Analyze(_text, _whole).Tokens.Length;

    [Benchmark(Description = "analyze + recognize")]
    public int AnalyzeAndRecognize() => _recognizer.Recognize(_analyzer.Analyze(_text, _whole)).Count;

    [Benchmark(Description = "analyze + recognize + link")]
    public int AnalyzeRecognizeAndLink()
    {
        var analysis = _analyzer.Analyze(_text, _whole);
        return _linker.Link(analysis, _recognizer.Recognize(analysis)).Count;
    }

    [Benchmark(Description = "recognize only (analysis given)")]
    public int RecognizeOnly() => _recognizer.Recognize(_analysis).Count;

    [Benchmark(Description = "link only (mentions given)")]
    public int LinkOnly() => _linker.Link(_analysis, _mentions).Count;
}
