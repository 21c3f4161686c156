using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Relations;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Attribution;

public class AttributionTests
{
    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Veloria", EntityType.Government, "Veloria", "Velgrad")
        .With("Ostrand", EntityType.Government)
        .With("Customs Bureau", EntityType.StateAgency)
        .With("Ilya Marsh", EntityType.Person);

    private static Speaker? SpeakerOf(string text, RelationType type) =>
        Article(text).Claims().First(c => c.Type == type).AttributedTo;

    [Fact]
    public void According_to_unnamed_officials_keeps_their_words()
    {
        var s = SpeakerOf("According to officials, Veloria had long supported the Sable Front.", RelationType.Sponsors);
        Assert.Equal(Speaker.Unnamed("officials"), s);
    }

    [Fact]
    public void An_agency_official_links_to_the_agency_and_keeps_the_words()
    {
        var s = SpeakerOf("Veloria funded the Sable Front, according to a Customs Bureau official.", RelationType.Funds);
        Assert.Equal("e4", s!.EntityId);
        Assert.Equal("a Customs Bureau official", s.Text);
    }

    [Theory]
    [InlineData("Ilya Marsh said that Veloria armed the Sable Front.")]
    [InlineData("Ilya Marsh, a former envoy of Ostrand, who revealed that Veloria armed the Sable Front, left.")]
    [InlineData("'Veloria armed the Sable Front,' Ilya Marsh told reporters.")]
    public void A_named_speaker_links_to_the_person(string text) =>
        Assert.Equal("e5", SpeakerOf(text, RelationType.Arms)!.EntityId);

    [Fact]
    public void Parenthetical_officials_say()
    {
        var s = SpeakerOf("The rift, officials say, has driven a wedge between Veloria and Ostrand.", RelationType.RivalOf);
        Assert.Equal("officials", s!.Text);
    }

    [Fact]
    public void An_accuser_is_the_speaker_of_the_accusation()
    {
        var claim = Article("Ostrand has been accusing Veloria of supporting the Sable Front for years.").Claims().Single();
        Assert.Equal(("e2", RelationType.Sponsors, "e1"), (claim.SourceId, claim.Type, claim.TargetId));
        Assert.Equal("e3", claim.AttributedTo!.EntityId);
        Assert.Equal(Core.Claims.Polarity.Asserted, claim.Polarity);
    }

    [Fact]
    public void The_authors_own_voice_has_no_speaker() =>
        Assert.Null(SpeakerOf("Veloria has long supported the Sable Front.", RelationType.Sponsors));

    [Fact]
    public void A_speaker_who_first_does_something_else_and_then_denies()
    {
        var claim = Article("Ilya Marsh called the reports baseless and denied that Veloria was arming the Sable Front.").Claims().Single();
        Assert.Equal(RelationType.Arms, claim.Type);
        Assert.Equal(Core.Claims.Polarity.Denied, claim.Polarity);
        Assert.Equal("e5", claim.AttributedTo!.EntityId);
    }

    [Fact]
    public void A_speaker_after_the_claim_with_a_time_and_more_words_still_speaks_it()
    {
        var s = SpeakerOf("Veloria has resumed funding the Sable Front, Ostrand officials said on Thursday, three months after the vote.", RelationType.Funds);
        Assert.Equal("e3", s!.EntityId);
    }

    [Fact]
    public void A_report_by_an_agency_is_the_agency_speaking() =>
        Assert.Equal("e4", SpeakerOf("Veloria armed the Sable Front, according to a report by the Customs Bureau.", RelationType.Arms)!.EntityId);

    [Fact]
    public void Officials_named_by_nationality_keep_their_words() =>
        Assert.Equal(Speaker.Unnamed("Mexican security officials"), SpeakerOf("Veloria armed the Sable Front, according to Mexican security officials.", RelationType.Arms));

    [Fact]
    public void A_speaker_before_the_claim_is_not_taken_for_a_closing_one()
    {
        var s = SpeakerOf("In Velgrad, officials said Ostrand had funded the Sable Front.", RelationType.Funds);
        Assert.Equal("officials", s!.Text);
    }

    [Theory]
    [InlineData("Veloria funded the Sable Front, according to the Customs Bureau.")]
    [InlineData("Veloria funded the Sable Front, according to a report by the Ostrand Customs Bureau.")]
    public void According_to_an_agency_named_after_its_state_is_the_agency(string text) =>
        Assert.Equal("e4", SpeakerOf(text, RelationType.Funds)!.EntityId);

    [Theory]
    [InlineData("According to Ostrandi police, Veloria had long supported the Sable Front.", "Ostrandi police")]
    [InlineData("Veloria had long supported the Sable Front, according to two Ostrandi security officials.", "two Ostrandi security officials")]
    [InlineData("Ostrandi military intelligence believes Veloria has long supported the Sable Front.", "Ostrandi military intelligence")]
    public void A_demonym_speaker_speaks_for_its_country(string text, string words)
    {
        CountryOfDemonym demonyms = w => w == "Ostrandi" ? ("kb:OS", "Ostrand") : null;
        var article = Article(text);
        var claim = new PatternRelationExtractor(demonyms: demonyms).Extract(article.Context()).First(c => c.Type == RelationType.Sponsors);
        Assert.Equal(Speaker.Named("e3", words), claim.AttributedTo);
    }

    [Theory]
    [InlineData("Veloria funded the Sable Front last year, the Ostrand Security Media Cell said.", "the Ostrand Security Media Cell")]
    [InlineData("Veloria funded the Sable Front, according to the Customs Bureau Service.", "Customs Bureau Service")]
    [InlineData("According to Kestrel Watch, Veloria funded the Sable Front.", "Kestrel Watch")]
    [InlineData("Veloria funded the Sable Front, according to the Halvard Monitoring Group.", "Halvard Monitoring Group")]
    public void A_name_the_recogniser_missed_speaks_as_written(string text, string words) =>
        Assert.Equal(Speaker.Unnamed(words), SpeakerOf(text, RelationType.Funds));

    [Theory]
    [InlineData("According to a recent report, Veloria funded the Sable Front.")]
    [InlineData("Veloria funded the Sable Front, according to figures released on Monday.")]
    public void According_to_a_common_noun_names_no_speaker(string text) =>
        Assert.Null(SpeakerOf(text, RelationType.Funds));

    [Fact]
    public void A_denied_accusation_is_stated_by_its_accuser()
    {
        CountryOfDemonym demonyms = w => w == "Ostrandi" ? ("kb:OS", "Ostrand") : null;
        var article = Article("The Sable Front denied Ostrandi claims that it cooperates with the Customs Bureau.");
        var claims = new PatternRelationExtractor(demonyms: demonyms).Extract(article.Context());
        Assert.Contains(claims, c => c.Polarity == Core.Claims.Polarity.Denied && c.AttributedTo?.EntityId == "e1");
        Assert.Contains(claims, c => c.Polarity == Core.Claims.Polarity.Hedged && c.AttributedTo == Speaker.Named("e3", "Ostrandi claims"));
    }
}
