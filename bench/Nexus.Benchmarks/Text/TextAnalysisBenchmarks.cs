using BenchmarkDotNet.Attributes;
using Nexus.Core.Text;
using Nexus.Text.Analysis;
using Nexus.Text.Sentences;
using Nexus.Text.Tokenization;

namespace Nexus.Benchmarks.Text;

/// <summary>
/// Tokenize+tag+parse of the EWT dev raw text (about 25,000 words), against the crude BasicTextAnalyzer
/// (tokens and sentences only) as the baseline in the same run. Words/s = words / mean time.
/// </summary>
[MemoryDiagnoser]
public class TextAnalysisBenchmarks
{
    private string _text = "";
    private TextSpan[] _whole = [];
    private TextSpan[][] _halves = [];
    private BasicTextAnalyzer _basic = null!;
    private NlpTextAnalyzer _nlp = null!;
    private readonly List<Token> _tokens = new(40_000);
    private readonly List<Sentence> _sentences = new(4_000);

    [GlobalSetup]
    public void Setup()
    {
        _text = TextCorpus.EwtDevText();
        _whole = [new TextSpan(0, _text.Length)];
        var middle = _text.IndexOf("\n\n", _text.Length / 2, StringComparison.Ordinal);
        _halves = [[new TextSpan(0, middle)], [new TextSpan(middle, _text.Length)]];
        _basic = new BasicTextAnalyzer();
        _nlp = NlpTextAnalyzer.Load(TextCorpus.ModelsDirectory);
        Console.WriteLine($"// words in corpus: {_nlp.Analyze(_text, _whole).Tokens.Length}");
    }

    [Benchmark(Baseline = true, Description = "Basic tokens+sentences (baseline)")]
    public int BasicAnalyzer() => _basic.Analyze(_text, _whole).Tokens.Length;

    [Benchmark(Description = "EWT tokenizer+splitter")]
    public int EwtTokenizeAndSplit()
    {
        _tokens.Clear();
        _sentences.Clear();
        new EwtTokenizer().Tokenize(_text, 0, _text.Length, _tokens);
        new EwtSentenceSplitter().Split(_text, _tokens, 0, _tokens.Count, _sentences);
        return _tokens.Count;
    }

    [Benchmark(Description = "tokenize+tag+parse, 1 thread")]
    public int NlpAnalyzer() => _nlp.Analyze(_text, _whole).Tokens.Length;

    [Benchmark(Description = "tokenize+tag+parse, 2 threads")]
    public int NlpAnalyzerTwoThreads()
    {
        var counts = new int[2];
        Parallel.For(0, 2, i => counts[i] = _nlp.Analyze(_text, _halves[i]).Tokens.Length);
        return counts[0] + counts[1];
    }
}
