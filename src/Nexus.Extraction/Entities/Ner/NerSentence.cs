namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// A sentence as the NER sees it: one backing string and token ranges into it, so that features are
/// hashed straight from the characters without a string per token. <see cref="Gazetteer"/> holds one
/// knowledge-base tag per token ("B-LOC", "I-ORG", or null).
/// </summary>
public sealed class NerSentence
{
    public NerSentence(string text, (int Start, int Length)[] tokens, string?[]? gazetteer = null)
    {
        Text = text;
        Tokens = tokens;
        Gazetteer = gazetteer ?? new string?[tokens.Length];
    }

    public string Text { get; }

    public (int Start, int Length)[] Tokens { get; }

    public string?[] Gazetteer { get; }

    public int Count => Tokens.Length;

    public ReadOnlySpan<char> Token(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

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
