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
    [InlineData("B-creative-work", NerCorpus.Unknown)]
    [InlineData("I-product", NerCorpus.Unknown)]
    [InlineData("B-misc", "B-MISC")]
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
    public void Nationality_words_in_a_corpus_that_never_labels_them_become_misc_when_capitalised_and_unknown_otherwise()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["The\tO", "Afghan\tO", "team\tO", "visited\tO", "Kabul\tB-LOC", "", "afghan\tO", "food\tO"]);
            var lexicon = new NerLexicon([], [], [], ["Afghan"]);
            var sentences = NerCorpus.LoadTraining([path], Nexus.Extraction.KnowledgeBase.KnowledgeBaseIndex.Empty, null, lexicon);
            Assert.Equal(["O", "B-MISC", "O", "O", "B-LOC"], sentences[0].Labels);
            Assert.Equal([NerCorpus.Unknown, "O"], sentences[1].Labels);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Sentences_are_grouped_by_docstart_lines_and_by_the_document_part_of_uner_sentence_ids()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [
                "# sent_id = email-a-0001", "1\tHi\tO\t-\t-", "", "# sent_id = email-a-0002", "1\tBob\tB-PER\t-\t-", "",
                "# sent_id = review-b-0001", "1\tParis\tB-LOC\t-\t-", ""]);
            Assert.Equal([2, 1], ConllNerReader.ReadDocuments(path).Select(d => d.Count));
            File.WriteAllLines(path, ["-DOCSTART- -X- O O", "", "Leicester NNP I-NP I-ORG", "", "won VBD I-VP O", "", "-DOCSTART- -X- O O", "", "Paris NNP I-NP I-LOC"]);
            var documents = ConllNerReader.ReadDocuments(path);
            Assert.Equal([2, 1], documents.Select(d => d.Count));
            Assert.Equal(["Paris"], documents[1][0].Tokens);
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

    [Theory]
    [InlineData("BELGRADE 1996-08-30", NerFeatures.Upper)]
    [InlineData("Police Arrest Three Men In Lahore", NerFeatures.Title)]
    [InlineData("WORLD CUP QUALIFIER RESULTS", NerFeatures.Title | NerFeatures.Upper)]
    [InlineData("Police arrested three men in Lahore", 0)]
    public void Sentence_casing_tells_headlines_and_capitals(string text, int casing) =>
        Assert.Equal(casing, NerFeatures.Casing(NerSentence.FromTokens(text.Split(' '))));
}
