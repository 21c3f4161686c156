using Nexus.Extraction.Entities.Ner;

namespace Nexus.Extraction.Tests.Entities;

public class NerDocumentConsistencyTests
{
    private static NerSentence S(string text) => NerSentence.FromTokens(text.Split(' '));

    [Fact]
    public void A_name_takes_the_type_most_of_its_spans_have()
    {
        var sentences = new[] { S("Jordan said no"), S("Jordan will go"), S("Then Jordan left") };
        var labels = new[] { new[] { "B-PER", "O", "O" }, ["B-PER", "O", "O"], ["O", "B-LOC", "O"] };
        NerDocumentConsistency.Apply(sentences, labels);
        Assert.Equal(["O", "B-PER", "O"], labels[2]);
    }

    [Fact]
    public void A_recurring_name_and_the_surname_of_a_named_person_are_filled_in_where_the_model_missed_them()
    {
        var sentences = new[] { S("Alexander Lebed met Kazakh officials in Grozny"), S("Lebed then left Grozny"), S("Later Lebed Group said"), S("the grozny office") };
        var labels = new[]
        {
            new[] { "B-PER", "I-PER", "O", "B-MISC", "O", "O", "B-LOC" },
            ["O", "O", "O", "O"],
            ["O", "O", "O", "O"],
            ["O", "O", "O"],
        };
        NerDocumentConsistency.Apply(sentences, labels);
        Assert.Equal(["B-PER", "O", "O", "B-LOC"], labels[1]);
        Assert.Equal(["O", "O", "O", "O"], labels[2]); // part of a longer capitalised run
        Assert.Equal(["O", "O", "O"], labels[3]); // lower case is another word
    }
}
