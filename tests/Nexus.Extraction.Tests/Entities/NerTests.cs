using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.Tests.TestSupport;

namespace Nexus.Extraction.Tests.Entities;

public class NerTests
{
    [Fact]
    public void Iob1_becomes_iob2_and_spans_follow_types()
    {
        var labels = ConllNerReader.ToIob2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"], labels);
        Assert.Equal([(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")], ConllNerReader.Spans(labels));
    }

    [Theory]
    [InlineData("B-person", "B-PER")]
    [InlineData("I-corporation", "I-ORG")]
    [InlineData("B-geo-loc", "B-LOC")]
    [InlineData("B-creative-work", "B-MISC")]
    [InlineData("O", "O")]
    public void Dataset_types_map_to_four_types(string tag, string expected) => Assert.Equal(expected, ConllNerReader.MapType(tag));

    [Fact]
    public void Evaluation_counts_exact_spans_and_ignores_types_the_gold_lacks()
    {
        var scores = NerEvaluator.Score([
            (["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "I-PER", "O", "B-ORG"]),
            (["B-ORG", "O", "O", "O"], ["B-ORG", "O", "B-MISC", "O"]),
        ]);
        Assert.Equal(2, scores.Overall.TruePositives);
        Assert.Equal(3, scores.Overall.System);
        Assert.Equal(3, scores.Overall.Gold);
        Assert.Equal(0.5, scores.ByType["ORG"].Precision);
        Assert.Equal(0, scores.ByType["LOC"].Recall);
    }

    [Fact]
    public void Conll2003_number_lines_are_not_read_as_uner_lines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["-DOCSTART- -X- O O", "", "Leicester NNP I-NP I-ORG", "won VBD I-VP O", "3 CD I-NP O", "", "1\tParis\tB-LOC\t-\t-"]);
            var sentences = ConllNerReader.ReadFile(path);
            Assert.Equal(["Leicester", "won", "3"], sentences[0].Tokens);
            Assert.Equal(["B-ORG", "O", "O"], sentences[0].Labels);
            Assert.Equal(["Paris"], sentences[1].Tokens);
            Assert.Equal(["B-LOC"], sentences[1].Labels);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Nationality_words_in_a_corpus_without_misc_are_left_unknown()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["The\tO", "Afghan\tO", "team\tO", "visited\tO", "Kabul\tB-LOC"]);
            var lexicon = new NerLexicon([], [], [], ["Afghan"]);
            var (_, labels) = Assert.Single(NerCorpus.LoadTraining([path], Nexus.Extraction.KnowledgeBase.KnowledgeBaseIndex.Empty, null, lexicon));
            Assert.Equal(["O", NerCorpus.Unknown, "O", "O", "B-LOC"], labels);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Shipped_model_tags_people_and_places_in_a_plain_sentence()
    {
        var model = NerModel.Load(Path.Combine(EntityTestModels.ModelsDirectory(), "ner.bin.gz"));
        const string text = "Angela Merkel flew to Paris on Monday .";
        var analysis = EntityTestModels.Analyze(text); // the model uses the shipped tagger's UPOS, as in the pipeline
        var sentence = new NerSentence(text, [.. analysis.Tokens.Select(t => (t.Start, t.Length))], upos: analysis.Upos);
        var spans = ConllNerReader.Spans(model.Predict(sentence));
        Assert.Contains((0, 2, "PER"), spans);
        Assert.Contains((4, 5, "LOC"), spans);
    }
}
