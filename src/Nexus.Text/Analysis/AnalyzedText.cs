namespace Nexus.Text.Analysis;

/// <summary>
/// A text with its tokens and sentences and, when a tagger and parser ran, one tag, lemma, head
/// and relation per token (parallel arrays indexed by token). Heads are document-wide token
/// indices; -1 marks a sentence root. Layers that did not run are null.
/// </summary>
public sealed class AnalyzedText
{
    public AnalyzedText(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    /// <summary>Universal POS tags (UD), or null when no tagger ran.</summary>
    public string[]? Upos { get; set; }

    /// <summary>Penn Treebank tags, or null when no tagger ran.</summary>
    public string[]? Xpos { get; set; }

    public string[]? Lemmas { get; set; }

    /// <summary>Head token index per token (document-wide), -1 for a root; null when no parser ran.</summary>
    public int[]? Heads { get; set; }

    /// <summary>UD dependency relation per token, or null when no parser ran.</summary>
    public string[]? Relations { get; set; }

    public string TokenText(int index) => Tokens[index].In(Text).ToString();

    /// <summary>The sentence that holds a token, by binary search.</summary>
    public int SentenceOf(int tokenIndex)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Sentences[mid].EndToken <= tokenIndex) lo = mid + 1;
            else if (Sentences[mid].FirstToken > tokenIndex) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
