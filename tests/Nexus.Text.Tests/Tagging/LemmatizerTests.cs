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
    public void LearntExceptionsOverrideTheRules()
    {
        var lemmatizer = Lemmatizer.Learn([("went", "VERB", "VBD", "go"), ("went", "VERB", "VBD", "go"), ("armed", "VERB", "VBD", "arm")]);
        Assert.Equal("go", lemmatizer.Lemmatize("Went", "VERB", "VBD"));
        Assert.Equal("arm", lemmatizer.Lemmatize("armed", "VERB", "VBD"));
        Assert.Equal(1, lemmatizer.Count); // "armed" -> "arm" is what the rules say anyway
    }
}
