using Nexus.Text.Analysis;
using Nexus.Text.Sentences;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Tests.Sentences;

public class EwtSentenceSplitterTests
{
    private static (List<Token> Tokens, List<Sentence> Sentences) Split(string text)
    {
        var tokens = new List<Token>();
        new EwtTokenizer().Tokenize(text, 0, text.Length, tokens);
        var sentences = new List<Sentence>();
        new EwtSentenceSplitter().Split(text, tokens, 0, tokens.Count, sentences);
        return (tokens, sentences);
    }

    private static string[] Texts(string text) => [.. Split(text).Sentences.Select(s => text[s.Start..s.End])];

    [Fact]
    public void SplitsAtTerminalPunctuationKeepingClosingQuotes() =>
        Assert.Equal(["He said: “We will win.”", "Nobody believed him!", "Why?"], Texts("He said: “We will win.” Nobody believed him! Why?"));

    [Fact]
    public void TitlesDoNotEndSentences() =>
        Assert.Equal(["Dr. Ahmed met Gen. Khan in the U.S. Army base.", "Talks ended."], Texts("Dr. Ahmed met Gen. Khan in the U.S. Army base. Talks ended."));

    [Fact]
    public void SentenceFinalAbbreviationGivesUpItsPeriod()
    {
        var text = "They sent guns, cash etc. The group denied it.";
        var (tokens, sentences) = Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["etc", "."], tokens.Skip(sentences[0].EndToken - 2).Take(2).Select(t => text[t.Start..t.End]));
        Assert.Equal("They sent guns, cash etc.", text[sentences[0].Start..sentences[0].End]);
    }

    [Fact]
    public void LineBreaksEndHeadlines() =>
        Assert.Equal(["Militants seize town", "The attack began at dawn."], Texts("Militants seize town\nThe attack began at dawn."));

    [Fact]
    public void SentencesCoverTheirTokensExactly()
    {
        var (tokens, sentences) = Split("One. Two three! Four");
        Assert.Equal(0, sentences[0].FirstToken);
        for (var i = 1; i < sentences.Count; i++) Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
        Assert.Equal(tokens.Count, sentences[^1].EndToken);
    }
}
