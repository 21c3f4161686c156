using Nexus.Extraction.Entities.Ner;

namespace Nexus.Extraction.Tests.Entities;

public class NerSilverTests
{
    private static NerSentence S(string text, string upos) => NerSentence.FromTokens(text.Split(' ')) is var plain
        ? new NerSentence(plain.Text, plain.Tokens, upos: upos.Split(' '))
        : throw new InvalidOperationException();

    [Fact]
    public void Model_spans_on_proper_nouns_are_kept_lexicon_names_type_the_rest_and_other_words_are_o()
    {
        var s = S("Maria flew from Lahore to Quetta on the Acme Express", "PROPN VERB ADP PROPN ADP PROPN ADP DET PROPN PROPN");
        var lexicon = new NerLexicon(["Quetta"], [], [], []);
        string[] predicted = ["B-PER", "O", "O", "B-LOC", "O", "O", "O", "O", "O", "O"];
        var labels = NerSilver.Label(s, predicted, lexicon.Tag(s));
        Assert.Equal(["B-PER", "O", "O", "B-LOC", "O", "B-LOC", "O", "O", NerCorpus.Unknown, NerCorpus.Unknown], labels);
    }

    [Fact]
    public void An_entity_the_model_finds_on_no_proper_noun_is_unknown()
    {
        var s = S("the big apple shines", "DET ADJ NOUN VERB");
        var labels = NerSilver.Label(s, ["O", "B-LOC", "I-LOC", "O"], new byte[4]);
        Assert.Equal(["O", NerCorpus.Unknown, NerCorpus.Unknown, "O"], labels);
    }
}
