using Nexus.Text.IO;
using Nexus.Text.Learning;
using Nexus.Text.Tagging;

namespace Nexus.Text.Parsing;

/// <summary>Builds the parser's position-indexed inputs (0 = root) for a treebank sentence, tagged by the tagger.</summary>
internal static class ParserInput
{
    public static readonly WordFeatures Root = WordFeatures.Of("<ROOT>");

    public static (WordFeatures[] Words, int[] Tags) Of(ConlluSentence s, PosTagger tagger)
    {
        var words = new WordFeatures[s.Length + 1];
        words[0] = Root;
        for (var i = 0; i < s.Length; i++) words[i + 1] = WordFeatures.Of(s.Forms[i]);
        var classes = new int[s.Length];
        tagger.Tag(words.AsSpan(1), classes);
        var tags = new int[s.Length + 1];
        tags[0] = tagger.Upos.Length;
        classes.CopyTo(tags, 1);
        return (words, tags);
    }

    /// <summary>The inputs with given tag classes (jackknifed training tags) instead of the tagger's.</summary>
    public static (WordFeatures[] Words, int[] Tags) Of(ConlluSentence s, int[] classes, PosTagger tagger)
    {
        var words = new WordFeatures[s.Length + 1];
        words[0] = Root;
        for (var i = 0; i < s.Length; i++) words[i + 1] = WordFeatures.Of(s.Forms[i]);
        tagger.Dictionary.Annotate(words.AsSpan(1));
        tagger.Clusters?.Annotate(words.AsSpan(1));
        var tags = new int[s.Length + 1];
        tags[0] = tagger.Upos.Length;
        classes.CopyTo(tags, 1);
        return (words, tags);
    }
}
