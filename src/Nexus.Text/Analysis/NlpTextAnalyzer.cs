using Nexus.Core.Text;
using Nexus.Text.Learning;
using Nexus.Text.Parsing;
using Nexus.Text.Sentences;
using Nexus.Text.Tagging;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Analysis;

/// <summary>
/// The full analyzer: EWT-style tokens and sentences, then per sentence UPOS/XPOS tags, lemmas and a
/// labelled dependency parse. Thread-safe: each call owns its scratch buffers (per call, not per token).
/// </summary>
public sealed class NlpTextAnalyzer : ITextAnalyzer
{
    public const string TaggerFile = "tagger.bin";
    public const string ParserFile = "parser.bin";

    private readonly EwtTokenizer _tokenizer = new();
    private readonly EwtSentenceSplitter _splitter = new();

    public NlpTextAnalyzer(PosTagger tagger, DependencyParser parser)
    {
        if (!ParserTrainer.TagClassesOf(tagger).SequenceEqual(parser.TagClasses))
            throw new InvalidDataException("the parser model was trained with a different tagger model; retrain the parser");
        if (parser.UsesClusters && tagger.Clusters is null)
            throw new InvalidDataException("the parser model reads word clusters but the tagger model has none; retrain the parser");
        Tagger = tagger;
        Parser = parser;
    }

    public PosTagger Tagger { get; }

    public DependencyParser Parser { get; }

    public static bool ModelsExist(string modelsDirectory) =>
        File.Exists(Path.Combine(modelsDirectory, TaggerFile)) && File.Exists(Path.Combine(modelsDirectory, ParserFile));

    public static NlpTextAnalyzer Load(string modelsDirectory) =>
        new(PosTagger.Load(Path.Combine(modelsDirectory, TaggerFile)), DependencyParser.Load(Path.Combine(modelsDirectory, ParserFile)));

    public AnalyzedText Analyze(string text, IReadOnlyList<TextSpan> segments)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        var sentences = new List<Sentence>(text.Length / 100 + 1);
        foreach (var segment in segments)
        {
            var first = tokens.Count;
            _tokenizer.Tokenize(text, segment.Start, segment.End, tokens);
            if (tokens.Count > first) _splitter.Split(text, tokens, first, tokens.Count, sentences);
        }
        return AnalyzeTokens(text, [.. tokens], [.. sentences]);
    }

    /// <summary>Tags and parses text that is already tokenized and split (used for gold-tokenization evaluation).</summary>
    public AnalyzedText AnalyzeTokens(string text, Token[] tokens, Sentence[] sentences)
    {
        var result = new AnalyzedText(text, tokens, sentences);
        var n = tokens.Length;
        string[] upos = new string[n], xpos = new string[n], lemmas = new string[n], relations = new string[n];
        var heads = new int[n];
        var longest = 0;
        foreach (var s in sentences) longest = Math.Max(longest, s.TokenCount);
        var words = new WordFeatures[longest + 1];
        var tags = new int[longest + 1];
        var sentenceHeads = new int[longest];
        var labels = new int[longest];
        var state = new ParseState();
        words[0] = ParserInput.Root;
        tags[0] = Tagger.Upos.Length;
        foreach (var s in sentences)
        {
            var count = s.TokenCount;
            if (count == 0) continue;
            for (var i = 0; i < count; i++) words[i + 1] = WordFeatures.Of(tokens[s.FirstToken + i].In(text));
            var sentenceTags = tags.AsSpan(1, count);
            Tagger.Tag(words.AsSpan(1, count), sentenceTags);
            Parser.Parse(words.AsSpan(0, count + 1), tags.AsSpan(0, count + 1), state, sentenceHeads, labels);
            for (var i = 0; i < count; i++)
            {
                var t = s.FirstToken + i;
                var tag = sentenceTags[i];
                upos[t] = Tagger.Upos[tag];
                xpos[t] = Tagger.Xpos[tag];
                lemmas[t] = Tagger.Lemmatizer.Lemmatize(tokens[t].In(text), upos[t], xpos[t]);
                heads[t] = sentenceHeads[i] < 0 ? -1 : s.FirstToken + sentenceHeads[i];
                relations[t] = Parser.Labels[labels[i]];
            }
        }
        result.Upos = upos;
        result.Xpos = xpos;
        result.Lemmas = lemmas;
        result.Heads = heads;
        result.Relations = relations;
        return result;
    }
}
