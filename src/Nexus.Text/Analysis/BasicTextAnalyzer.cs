using Nexus.Core.Text;
using Nexus.Text.Sentences;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Analysis;

/// <summary>Tokens and sentences only: the analyzer used when no tagger or parser model is loaded.</summary>
public sealed class BasicTextAnalyzer : ITextAnalyzer
{
    private readonly SimpleTokenizer _tokenizer = new();
    private readonly SimpleSentenceSplitter _splitter = new();

    public AnalyzedText Analyze(string text, IReadOnlyList<TextSpan> segments)
    {
        var tokens = new List<Token>(text.Length / 5);
        var sentences = new List<Sentence>(text.Length / 100);
        foreach (var segment in segments)
        {
            var first = tokens.Count;
            _tokenizer.Tokenize(text, segment.Start, segment.End, tokens);
            _splitter.Split(text, tokens, first, tokens.Count, sentences);
        }
        return new AnalyzedText(text, [.. tokens], [.. sentences]);
    }
}
