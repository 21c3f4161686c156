using Nexus.Text.Tagging;

namespace Nexus.Text.Tests.Tagging;

public class LemmatizerTests
{
    [Theory]
    [InlineData("militias", "NOUN", "NNS", "militia")]
    [InlineData("attacked", "VERB", "VBD", "attack")]
    [InlineData("carries", "VERB", "VBZ", "carry")]
    [InlineData("Hezbollah", "PROPN", "NNP", "Hezbollah")]
    [InlineData("The", "DET", "DT", "the")]
    [InlineData("boxes", "NOUN", "NNS", "box")]
    public void SuffixRulesGiveTheLemma(string form, string upos, string xpos, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.ByRule(form, upos, xpos));

    [Fact]
    public void SeenWordsUseTheirMostFrequentTreebankLemma()
    {
        var lemmatizer = Lemmatizer.Learn([("went", "VERB", "VBD", "go"), ("went", "VERB", "VBD", "go"), ("left", "VERB", "VBD", "leave"), ("left", "VERB", "VBD", "left")]);
        Assert.Equal("go", lemmatizer.Lemmatize("Went", "VERB", "VBD"));
        Assert.Equal("leave", lemmatizer.Lemmatize("left", "VERB", "VBD")); // a tie goes to the ordinal-first lemma
        Assert.Equal("left", lemmatizer.Lemmatize("left", "ADJ", "JJ"));   // another tag: the rules
        Assert.Equal("seize", lemmatizer.Lemmatize("seized", "VERB", "VBN"));
    }

    [Theory]
    [InlineData("planned", "plan")]
    [InlineData("killed", "kill")]
    [InlineData("used", "use")]
    [InlineData("carried", "carry")]
    public void PastFormsLoseTheirEnding(string form, string lemma) => Assert.Equal(lemma, Lemmatizer.ByRule(form, "VERB", "VBD"));
}
