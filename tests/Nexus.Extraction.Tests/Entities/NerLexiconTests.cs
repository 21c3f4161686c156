using Nexus.Extraction.Entities.Ner;

namespace Nexus.Extraction.Tests.Entities;

public class NerLexiconTests
{
    private static readonly NerLexicon Lexicon = new(["New York", "York", "Quetta"], ["Acme Holdings"], ["Asim Munir"], ["Afghan"], ["Kerala", "Tamil Nadu"]);

    [Fact]
    public void Longest_name_from_a_capitalised_token_is_tagged_with_its_type_and_first_token()
    {
        var tags = Lexicon.Tag(NerSentence.FromTokens(["He", "left", "New", "York", "for", "QUETTA", "and", "quetta"]));
        Assert.Equal(NerLexicon.Loc | NerLexicon.Begin, tags[2]);
        Assert.Equal(NerLexicon.Loc, tags[3]); // inside "New York", not a second match on "York"
        Assert.Equal(NerLexicon.Loc | NerLexicon.Begin, tags[5]); // case-insensitive once it starts capitalised
        Assert.Equal(0, tags[7]); // a lower-case word starts no name
        Assert.Equal(0, tags[1]);
    }

    [Fact]
    public void Person_names_give_first_and_last_name_words_and_nationalities_are_marked()
    {
        var tags = Lexicon.Tag(NerSentence.FromTokens(["Asim", "met", "General", "Munir", "and", "Afghan", "Acme", "Holdings"]));
        Assert.Equal(NerLexicon.FirstName, tags[0]);
        Assert.Equal(NerLexicon.LastName, tags[3]);
        Assert.Equal(NerLexicon.Nationality, tags[5]);
        Assert.Equal(NerLexicon.Org | NerLexicon.Begin, tags[6]);
        Assert.Equal(NerLexicon.Org, tags[7]);
    }

    [Fact]
    public void Model_round_trips_its_lexicon()
    {
        var model = new NerModel(NerModel.DefaultLabels, new Dictionary<ulong, int> { [42UL] = 0 }, new float[NerModel.DefaultLabels.Length], Lexicon);
        var path = Path.GetTempFileName();
        try
        {
            using (var stream = File.Create(path)) model.Save(stream);
            var loaded = NerModel.Load(path);
            Assert.Equal(Lexicon.Places, loaded.Lexicon.Places);
            Assert.Equal(Lexicon.People, loaded.Lexicon.People);
            Assert.Equal(Lexicon.Nationalities, loaded.Lexicon.Nationalities);
            Assert.Equal(Lexicon.MajorPlaces, loaded.Lexicon.MajorPlaces);
            Assert.Equal(NerModel.DefaultBeam, loaded.BeamWidth);
            Assert.Equal(1, loaded.FeatureCount);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Major_places_written_in_lower_case_are_marked_and_other_places_are_not()
    {
        var tags = Lexicon.Tag(NerSentence.FromTokens(["from", "kerala", "to", "tamil", "nadu", "via", "quetta", "and", "Kerala"]));
        Assert.Equal(NerLexicon.LowerPlace, tags[1]);
        Assert.Equal(NerLexicon.LowerPlace, tags[3]);
        Assert.Equal(NerLexicon.LowerPlace, tags[4]);
        Assert.Equal(0, tags[6]); // a place, but not a major one
        Assert.Equal(0, tags[8] & NerLexicon.LowerPlace);
    }
}
