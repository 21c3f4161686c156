using Nexus.Text.Analysis;

namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// A sentence as the NER sees it: one backing string and token ranges into it, so that features are
/// hashed straight from the characters without a string per token. <see cref="Gazetteer"/> holds one
/// knowledge-base tag per token ("B-LOC", "I-ORG", or null).
/// </summary>
public sealed class NerSentence
{
    public NerSentence(string text, (int Start, int Length)[] tokens, string?[]? gazetteer = null, string[]? upos = null)
    {
        Text = text;
        Tokens = tokens;
        Gazetteer = gazetteer ?? new string?[tokens.Length];
        Upos = upos;
    }

    /// <summary>Universal POS tags from the shipped tagger, one per token, or null when no tagger ran.</summary>
    public string[]? Upos { get; }

    public string Text { get; }

    public (int Start, int Length)[] Tokens { get; }

    public string?[] Gazetteer { get; }

    public int Count => Tokens.Length;

    public ReadOnlySpan<char> Token(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>The offset just after token <paramref name="i"/>.</summary>
    public int EndOf(int i) => Tokens[i].Start + Tokens[i].Length;

    /// <summary>One sentence of an analysed text, its tokens as ranges into the text (no gazetteer tags, no POS).</summary>
    public static NerSentence Of(AnalyzedText text, Sentence sentence)
    {
        var ranges = new (int, int)[sentence.TokenCount];
        for (var t = 0; t < ranges.Length; t++)
        {
            var token = text.Tokens[sentence.FirstToken + t];
            ranges[t] = (token.Start, token.Length);
        }
        return new NerSentence(text.Text, ranges);
    }

    /// <summary>Builds a sentence from separate token strings (training and evaluation files).</summary>
    public static NerSentence FromTokens(IReadOnlyList<string> tokens)
    {
        var ranges = new (int, int)[tokens.Count];
        var pos = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            ranges[i] = (pos, tokens[i].Length);
            pos += tokens[i].Length + 1;
        }
        return new NerSentence(string.Join(' ', tokens), ranges);
    }
}
