using Nexus.Text.Analysis;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Sentences;

/// <summary>
/// Splits a token run into sentences: after terminal punctuation (with the closing quotes and brackets
/// that follow it), after a non-title abbreviation followed by a likely sentence opener, and at line
/// breaks (headlines and list items end without a full stop). As in EWT, an abbreviation that ends a
/// sentence gives its period to the sentence ("etc" + "."), so the token list may grow by one there.
/// </summary>
public sealed class EwtSentenceSplitter
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "You", "But", "In", "A", "An", "This", "That", "These", "Those", "There",
        "And", "On", "At", "As", "If", "When", "His", "Her", "Their", "Its", "Our", "My", "After", "Since", "So", "Some", "Many",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Abbreviations that usually close a sentence when a capitalised word follows.</summary>
    private static readonly HashSet<string> Closing = new(StringComparer.Ordinal) { "etc.", "Inc.", "Ltd.", "Corp.", "Co.", "a.m.", "p.m.", "Jr.", "Sr." };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingLookup = Closing.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Split(string text, List<Token> tokens, int first, int end, List<Sentence> into)
    {
        var sentenceStart = first;
        var i = first;
        while (i < end)
        {
            var last = i;
            var boundary = i + 1 >= end;
            if (!boundary)
            {
                var token = tokens[i].In(text);
                if (IsTerminal(token))
                {
                    while (last + 1 < end && IsCloser(tokens[last + 1].In(text)) && tokens[last + 1].Start == tokens[last].End) last++;
                    boundary = true;
                }
                else if (token.Length > 1 && token[^1] == '.' && !TokenRules.IsTitle(token))
                {
                    var next = tokens[i + 1].In(text);
                    boundary = OpenerLookup.Contains(next) || ClosingLookup.Contains(token) && char.IsUpper(next[0])
                        || HasLineBreak(text, tokens[i].End, tokens[i + 1].Start);
                    if (boundary) { SplitPeriod(tokens, i); end++; last++; }
                }
                if (last + 1 < end && HasLineBreak(text, tokens[last].End, tokens[last + 1].Start)) boundary = true;
                if (last + 1 >= end) boundary = true;
            }
            else
            {
                var token = tokens[i].In(text);
                if (token.Length > 1 && token[^1] == '.' && !TokenRules.IsTitle(token) && !IsTerminal(token)) { SplitPeriod(tokens, i); end++; last++; }
            }
            if (boundary)
            {
                into.Add(new Sentence(sentenceStart, last + 1, tokens[sentenceStart].Start, tokens[last].End));
                sentenceStart = last + 1;
            }
            i = last + 1;
        }
    }

    private static void SplitPeriod(List<Token> tokens, int i)
    {
        var t = tokens[i];
        tokens[i] = new Token(t.Start, t.End - 1);
        tokens.Insert(i + 1, new Token(t.End - 1, t.End));
    }

    private static bool IsTerminal(ReadOnlySpan<char> token)
    {
        if (token.Length == 0) return false;
        foreach (var c in token) if (c is not ('.' or '!' or '?' or '…')) return false;
        return true;
    }

    private static bool IsCloser(ReadOnlySpan<char> token) => token.Length == 1 && token[0] is '"' or '”' or '’' or '\'' or ')' or ']';

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (text[k] == '\n') return true;
        return false;
    }
}
