using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Tests.Entities;

public class NerTrainingConventionsTests
{
    [Fact]
    public void Titles_leave_person_spans_but_a_title_alone_stays()
    {
        var sentence = NerSentence.FromTokens(["Dr.", "Cooper", "met", "President", "Clinton", "and", "President"]);
        string[] labels = ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER"];
        NerTitles.StripFromPeople(sentence, labels);
        Assert.Equal(["O", "B-PER", "O", "O", "B-PER", "O", "B-PER"], labels);
    }

    [Fact]
    public void Location_spans_of_nationality_words_become_misc_and_real_places_stay()
    {
        var lexicon = new NerLexicon(["Iraq"], [], [], ["Iraqi"]);
        var sentence = NerSentence.FromTokens(["Iraqi", "troops", "left", "Iraq"]);
        string[] labels = ["B-LOC", "O", "O", "B-LOC"];
        NerCorpus.NationalitiesAsMisc(labels, lexicon.Tag(sentence));
        Assert.Equal(["B-MISC", "O", "O", "B-LOC"], labels);
    }

    [Fact]
    public void Sentences_with_a_major_place_are_copied_with_it_in_lower_case()
    {
        var lexicon = new NerLexicon(["Kerala", "Kochi"], [], [], [], ["Kerala"]);
        var train = new List<(NerSentence, string[])>
        {
            (NerSentence.FromTokens(["Floods", "in", "Kerala"]), ["O", "O", "B-LOC"]),
            (NerSentence.FromTokens(["Floods", "in", "Kochi"]), ["O", "O", "B-LOC"]),
        };
        var copies = NerLowerCasePlaces.Copies(train, KnowledgeBaseIndex.Empty, null, lexicon);
        var (sentence, labels) = Assert.Single(copies);
        Assert.Equal("Floods in kerala", sentence.Text);
        Assert.Equal(["O", "O", "B-LOC"], labels);
    }

    [Fact]
    public void Silver_labels_type_a_lower_case_major_place_as_location()
    {
        var lexicon = new NerLexicon([], [], [], [], ["Florida"]);
        var sentence = new NerSentence("moved to florida", [(0, 5), (6, 2), (9, 7)], upos: ["VERB", "ADP", "PROPN"]);
        var labels = NerSilver.Label(sentence, ["O", "O", "O"], lexicon.Tag(sentence));
        Assert.Equal(["O", "O", "B-LOC"], labels);
    }
}
