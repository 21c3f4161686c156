using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Relations;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Attribution;

/// <summary>Speakers after their verb, unnamed people placed by a name, state organs and institutions, quotations that run on.</summary>
public class SpeakerConstructionsTests
{
    private static readonly CountryOfDemonym Demonyms = w => w == "Ostrandi" ? ("kb:OS", "Ostrand") : null;

    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Veloria", EntityType.Government)
        .With("Ostrand", EntityType.Government)
        .With("Customs Bureau", EntityType.StateAgency)
        .With("Ilya Marsh", EntityType.Person)
        .With("Dunmere", EntityType.Location)
        .With("Ostrandi Defence Force", EntityType.StateAgency, "Ostrandi military");

    private static IReadOnlyList<Claim> Claims(string text) => new PatternRelationExtractor(demonyms: Demonyms).Extract(Article(text).Context());

    private static Speaker? SpeakerOf(string text, RelationType type) => Claims(text).First(c => c.Type == type).AttributedTo;

    [Theory]
    [InlineData("\"Veloria armed the Sable Front,\" said Ilya Marsh of the Customs Bureau.")]
    [InlineData("\"Veloria armed the Sable Front for years,\" said Ilya Marsh, a former envoy.")]
    public void A_named_speaker_after_the_verb_speaks_the_quotation(string text) =>
        Assert.Equal("e5", SpeakerOf(text, RelationType.Arms)!.EntityId);

    [Theory]
    [InlineData("\"Veloria armed the Sable Front,\" said Tomas Brel of the Customs Bureau.", "Tomas Brel")]
    [InlineData("Veloria armed the Sable Front, said one official.", "one official")]
    public void An_unlinked_speaker_after_the_verb_keeps_its_words(string text, string words) =>
        Assert.Equal(Speaker.Unnamed(words), SpeakerOf(text, RelationType.Arms));

    [Fact]
    public void A_spokesman_for_a_body_after_the_verb_speaks_for_it()
    {
        var s = SpeakerOf("Veloria armed the Sable Front, said a spokesman for the Customs Bureau.", RelationType.Arms);
        Assert.Equal(Speaker.Named("e4", "a spokesman for the Customs Bureau"), s);
    }

    [Theory]
    [InlineData("An official, who spoke on condition of anonymity, said Veloria armed the Sable Front.", "An official")]
    [InlineData("Two officials, speaking on condition of anonymity, said Veloria armed the Sable Front.", "Two officials")]
    [InlineData("Sources close to Ostrand said Veloria armed the Sable Front.", "Sources close to Ostrand")]
    [InlineData("People familiar with the matter said Veloria armed the Sable Front.", "People familiar with the matter")]
    public void Unnamed_sources_with_an_aside_or_a_tie_keep_their_words(string text, string words) =>
        Assert.Equal(Speaker.Unnamed(words), SpeakerOf(text, RelationType.Arms));

    [Theory]
    [InlineData("Ostrand's statement said Veloria armed the Sable Front.")]
    [InlineData("Ostrand was quoted as saying that Veloria armed the Sable Front.")]
    [InlineData("Ostrand, citing intercepted calls, said Veloria armed the Sable Front.")]
    public void A_statement_or_a_quotation_of_a_state_is_the_state_speaking(string text) =>
        Assert.Equal("e3", SpeakerOf(text, RelationType.Arms)!.EntityId);

    [Fact]
    public void Said_followed_by_a_time_is_not_a_speaker() =>
        Assert.Null(SpeakerOf("The convoy left, said on Monday that Veloria armed the Sable Front.", RelationType.Arms));

    [Theory]
    [InlineData("Residents of Dunmere said Veloria armed the Sable Front.", "Residents of Dunmere")]
    [InlineData("Relatives of Ilya Marsh said Veloria armed the Sable Front.", "Relatives of Ilya Marsh")]
    [InlineData("\"Veloria armed the Sable Front,\" a shop owner in Dunmere said, asking not to be named.", "a shop owner in Dunmere")]
    public void People_placed_by_a_name_speak_not_the_name(string text, string words) =>
        Assert.Equal(Speaker.Unnamed(words), SpeakerOf(text, RelationType.Arms));

    [Theory]
    [InlineData("Veloria armed the Sable Front, the army said.", "the army")]
    [InlineData("Veloria armed the Sable Front last year, state prosecutors said.", "state prosecutors")]
    [InlineData("Veloria armed the Sable Front, the Ostrandi defence ministry said.", "the Ostrandi defence ministry")]
    public void An_institution_without_a_name_keeps_its_words(string text, string words) =>
        Assert.Equal(Speaker.Unnamed(words), SpeakerOf(text, RelationType.Arms));

    [Theory]
    [InlineData("Ostrand's government has accused Veloria of arming the Sable Front.")]
    [InlineData("Ostrand's junta said that Veloria armed the Sable Front.")]
    public void A_states_government_speaks_for_the_state(string text) =>
        Assert.Equal("e3", SpeakerOf(text, RelationType.Arms)!.EntityId);

    [Theory]
    [InlineData("Local media reported that Veloria armed the Sable Front.", "Local media")]
    [InlineData("State television said Veloria armed the Sable Front.", "State television")]
    public void Media_without_a_name_keep_their_words(string text, string words) =>
        Assert.Equal(Speaker.Unnamed(words), SpeakerOf(text, RelationType.Arms));

    [Fact]
    public void State_media_named_by_nationality_speak_for_the_country() =>
        Assert.Equal(Speaker.Named("e3", "Ostrandi state media"), SpeakerOf("Ostrandi state media said Veloria armed the Sable Front.", RelationType.Arms));

    [Fact]
    public void A_state_organ_named_by_nationality_speaks_for_its_country()
    {
        var s = SpeakerOf("Ostrandi military intelligence believes Veloria has long supported the Sable Front.", RelationType.Sponsors);
        Assert.Equal(Speaker.Named("e3", "Ostrandi military intelligence"), s);
    }

    [Theory]
    [InlineData("\"Veloria armed the Sable Front,\" a Customs Bureau official told reporters in Dunmere.")]
    [InlineData("\"Veloria armed the Sable Front,\" a Customs Bureau official told a news conference on Monday.")]
    public void A_speaker_telling_an_audience_after_a_quotation_speaks_it(string text) =>
        Assert.Equal(Speaker.Named("e4", "a Customs Bureau official"), SpeakerOf(text, RelationType.Arms));

    [Theory]
    [InlineData("Veloria armed the Sable Front, a Customs Bureau official told the Harbour Ledger.")]
    [InlineData("Veloria armed the Sable Front, a Customs Bureau official told the Harbour Ledger newspaper on Monday.")]
    public void A_speaker_telling_a_named_outlet_speaks_what_came_before(string text)
    {
        var article = Article(text).With("Harbour Ledger", EntityType.Media);
        var claim = new PatternRelationExtractor(demonyms: Demonyms).Extract(article.Context()).First(c => c.Type == RelationType.Arms);
        Assert.Equal(Speaker.Named("e4", "a Customs Bureau official"), claim.AttributedTo);
    }

    [Theory]
    [InlineData("Veloria armed the Sable Front, the Customs Bureau said on Sunday in a statement.")]
    [InlineData("Veloria armed the Sable Front, the Customs Bureau said in a statement on Sunday.")]
    public void A_named_speaker_with_its_article_after_a_comma_speaks_what_came_before(string text) =>
        Assert.Equal("e4", SpeakerOf(text, RelationType.Arms)!.EntityId);

    [Fact]
    public void The_spokesman_picks_up_a_named_speaker_before() =>
        Assert.Equal("e5", SpeakerOf("Foreign ministry spokesman Ilya Marsh said the talks failed. Veloria armed the Sable Front, the spokesman added.", RelationType.Arms)!.EntityId);

    [Fact]
    public void The_spokesman_without_a_named_speaker_before_names_no_one() =>
        Assert.Null(SpeakerOf("Officials said the talks failed. Veloria armed the Sable Front, the spokesman added.", RelationType.Arms)?.EntityId);

    [Fact]
    public void A_whole_quotation_after_a_quoted_speaker_is_that_speakers()
    {
        var article = Article("\"The talks failed,\" Ilya Marsh said. \"Veloria armed the Sable Front.\"").Parsed();
        var s = new PatternRelationExtractor(demonyms: Demonyms).Extract(article.Context()).First(c => c.Type == RelationType.Arms).AttributedTo;
        Assert.Equal("e5", s!.EntityId);
    }

    [Fact]
    public void A_whole_quotation_in_a_new_paragraph_does_not_inherit_the_speaker()
    {
        var article = Article("\"The talks failed,\" Ilya Marsh said.\n\n\"Veloria armed the Sable Front.\"").Parsed();
        Assert.Null(new PatternRelationExtractor(demonyms: Demonyms).Extract(article.Context()).First(c => c.Type == RelationType.Arms).AttributedTo);
    }

    [Fact]
    public void A_role_named_in_passing_is_the_writers_not_the_speakers()
    {
        var claims = Claims("Ostrand alleged in a letter that Ilya Marsh, a leader of the Sable Front, had armed Veloria.");
        var role = Assert.Single(claims, c => c.Type == RelationType.Leads);
        Assert.Null(role.AttributedTo);
        Assert.Equal(Nexus.Core.Claims.Polarity.Asserted, role.Polarity);
        var arms = Assert.Single(claims, c => c.Type == RelationType.Arms);
        Assert.Equal("e3", arms.AttributedTo!.EntityId);
        Assert.Equal(Nexus.Core.Claims.Polarity.Hedged, arms.Polarity);
    }

    [Fact]
    public void A_rival_named_in_passing_stays_the_speakers() =>
        Assert.Equal("e4", Claims("The Sable Front, Veloria's main rival, is growing, according to a report by the Customs Bureau.")
            .Single(c => c.Type == RelationType.RivalOf).AttributedTo!.EntityId);

    [Theory]
    [InlineData("The Customs Bureau issued a statement, saying Veloria armed the Sable Front.")]
    [InlineData("The Customs Bureau released a video on Monday stating that Veloria armed the Sable Front.")]
    public void A_statement_issued_speaks_for_its_issuer(string text) =>
        Assert.Equal("e4", SpeakerOf(text, RelationType.Arms)!.EntityId);
}
