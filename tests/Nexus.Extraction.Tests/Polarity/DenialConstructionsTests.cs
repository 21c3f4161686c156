using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Polarity;

/// <summary>Denials that answer the sentence before, and accusations named only in the denial that follows them.</summary>
public class DenialConstructionsTests
{
    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Veloria", EntityType.Government)
        .With("Ostrand", EntityType.Government)
        .With("Ilya Marsh", EntityType.Person);

    [Theory]
    [InlineData("Officials said Veloria armed the Sable Front. Veloria's foreign ministry rejected the allegation.")]
    [InlineData("Officials said Veloria armed the Sable Front. Veloria's lawyers denied the charges.")]
    [InlineData("Officials said Veloria armed the Sable Front. Veloria called the reports \"baseless\".")]
    [InlineData("Officials said Veloria armed the Sable Front. Veloria dismissed the claims as fabrications.")]
    public void A_voice_of_the_accused_denies_the_sentence_before(string text)
    {
        var denial = Article(text).Claims().Single(c => c.Polarity == Core.Claims.Polarity.Denied);
        Assert.Equal(("e2", RelationType.Arms, "e1"), (denial.SourceId, denial.Type, denial.TargetId));
        Assert.Equal("e2", denial.AttributedTo!.EntityId);
    }

    [Theory]
    [InlineData("Veloria dismissed reports that it armed the Sable Front.")]
    [InlineData("Veloria has refuted claims that it armed the Sable Front.")]
    [InlineData("Veloria's foreign minister disputed allegations that Veloria armed the Sable Front.")]
    public void Dismissing_reports_that_denies_them(string text)
    {
        var claim = Article(text).Claims().Single(c => c.Type == RelationType.Arms);
        Assert.Equal(Core.Claims.Polarity.Denied, claim.Polarity);
        Assert.Equal("e2", claim.AttributedTo!.EntityId);
    }

    [Fact]
    public void Dismissing_a_person_denies_nothing() =>
        Assert.Equal(Core.Claims.Polarity.Asserted, Article("Veloria dismissed the envoy, and Ostrand armed the Sable Front.").Claims().Single().Polarity);

    [Theory]
    [InlineData("The Sable Front has denied any role in the attack on Ostrand.")]
    [InlineData("The Sable Front denied involvement in the Ostrand attacks.")]
    public void Denying_a_role_in_an_attack_denies_the_attack(string text)
    {
        var claim = Article(text).Claims().Single();
        Assert.Equal(("e1", RelationType.Attacks, "e3", Core.Claims.Polarity.Denied), (claim.SourceId, claim.Type, claim.TargetId, claim.Polarity));
        Assert.Equal("e1", claim.AttributedTo!.EntityId);
    }

    [Fact]
    public void Having_no_links_to_denies_the_tie()
    {
        var claim = Article("Veloria has no links to the Sable Front.").Claims().Single();
        Assert.Equal((RelationType.AlliedWith, Core.Claims.Polarity.Denied), (claim.Type, claim.Polarity));
    }

    [Theory]
    [InlineData("Veloria denied having any links with the Sable Front.", RelationType.AlliedWith)]
    [InlineData("Veloria has denied providing support to the Sable Front.", RelationType.Sponsors)]
    [InlineData("Veloria's government rejected any funding of the Sable Front.", RelationType.Funds)]
    public void Denying_a_tie_named_by_a_noun_denies_it(string text, RelationType type)
    {
        var claim = Article(text).Claims().Single(c => c.Type == type);
        Assert.Equal(("e2", "e1", Core.Claims.Polarity.Denied), (claim.SourceId, claim.TargetId, claim.Polarity));
    }

    [Theory]
    [InlineData("Veloria, which denies arming the Sable Front, held talks with Ostrand.", RelationType.Arms)]
    [InlineData("Veloria, which has denied any links with the Sable Front, held talks with Ostrand.", RelationType.AlliedWith)]
    public void A_relative_clause_that_denies_is_a_denial_by_its_subject(string text, RelationType type)
    {
        var claim = Article(text).Claims().Single(c => c.Type == type);
        Assert.Equal(("e2", "e1", Core.Claims.Polarity.Denied, "e2"), (claim.SourceId, claim.TargetId, claim.Polarity, claim.AttributedTo!.EntityId));
    }

    [Fact]
    public void Unconfirmed_reports_hedge_what_they_say()
    {
        var claim = Article("Unconfirmed reports said Veloria armed the Sable Front.").Claims().Single();
        Assert.Equal((Core.Claims.Polarity.Hedged, Speaker.Unnamed("Unconfirmed reports")), (claim.Polarity, claim.AttributedTo));
    }

    [Theory]
    [InlineData("Veloria appears to have armed the Sable Front.")]
    [InlineData("Veloria seems to fund the Sable Front.")]
    public void Appearing_to_hedges(string text) =>
        Assert.Equal(Core.Claims.Polarity.Hedged, Article(text).Claims().Single().Polarity);

    [Fact]
    public void A_governments_denial_is_the_states()
    {
        var claim = Article("Veloria's government has always denied paying the Sable Front.").Claims().Single();
        Assert.Equal(("e2", RelationType.Funds, "e1", Core.Claims.Polarity.Denied), (claim.SourceId, claim.Type, claim.TargetId, claim.Polarity));
    }

    [Fact]
    public void An_accusation_of_two_of_whom_one_is_unnamed_keeps_the_named_one()
    {
        var claims = Article("Ostrand accused the Sable Front and local gunmen of killing dozens of people in Veloria. Ilya Marsh rejected the accusation.").Claims();
        Assert.Contains(claims, c => (c.SourceId, c.Type, c.TargetId, c.Polarity, c.AttributedTo?.EntityId) == ("e1", RelationType.Attacks, "e2", Core.Claims.Polarity.Asserted, "e3"));
        Assert.Contains(claims, c => (c.SourceId, c.Type, c.TargetId, c.Polarity, c.AttributedTo?.EntityId) == ("e1", RelationType.Attacks, "e2", Core.Claims.Polarity.Denied, "e4"));
    }

    [Fact]
    public void Arming_militias_loyal_to_an_actor_arms_the_actor()
    {
        var claim = Article("Ostrand has accused Veloria of arming clan militias loyal to the Sable Front.").Claims().Single();
        Assert.Equal(("e2", RelationType.Arms, "e1", "e3"), (claim.SourceId, claim.Type, claim.TargetId, claim.AttributedTo!.EntityId));
    }

    [Fact]
    public void An_apposition_between_subject_and_verb_leaves_the_claim_to_its_speaker()
    {
        var claim = Article("Ostrand alleged that the Sable Front, a rival of the Veloria government, had kidnapped Ilya Marsh.").Claims()
            .Single(c => c.Type == RelationType.Attacks);
        Assert.Equal(("e1", "e4", Core.Claims.Polarity.Hedged, "e3"), (claim.SourceId, claim.TargetId, claim.Polarity, claim.AttributedTo!.EntityId));
    }

    [Fact]
    public void Calling_something_else_false_denies_nothing() =>
        Assert.DoesNotContain(Article("Officials said Veloria armed the Sable Front. Veloria called the election results false.").Claims(),
            c => c.Polarity == Core.Claims.Polarity.Denied);

    [Fact]
    public void A_denied_accusation_spares_what_an_apposition_said_in_passing()
    {
        var claims = Article("Ostrand said Ilya Marsh, a leader of the Sable Front, funded Veloria. Ilya Marsh's lawyer denied the accusation.").Claims();
        Assert.Contains(claims, c => c.Type == RelationType.Leads && c.Polarity != Core.Claims.Polarity.Denied);
        Assert.DoesNotContain(claims, c => c.Type == RelationType.Leads && c.Polarity == Core.Claims.Polarity.Denied);
    }

    [Fact]
    public void An_accusation_by_description_is_stated_by_its_accuser_when_the_denial_names_it()
    {
        var claims = Article("Ostrand accused Veloria of backing the rebels. Veloria denied backing the Sable Front.").Claims();
        var accusation = claims.Single(c => c.Polarity == Core.Claims.Polarity.Hedged);
        Assert.Equal(("e2", RelationType.Sponsors, "e1", "e3"), (accusation.SourceId, accusation.Type, accusation.TargetId, accusation.AttributedTo!.EntityId));
        Assert.Contains(claims, c => c.Polarity == Core.Claims.Polarity.Denied && c.AttributedTo!.EntityId == "e2");
    }

    [Fact]
    public void A_denial_without_an_accusation_before_states_no_accusation() =>
        Assert.DoesNotContain(Article("Trade grew. Veloria denied backing the Sable Front.").Claims(), c => c.Polarity == Core.Claims.Polarity.Hedged);
}
