using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Polarity;

public class PolarityTests
{
    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Veloria", EntityType.Government, "Veloria", "Velgrad")
        .With("Ostrand", EntityType.Government);

    [Theory]
    [InlineData("Veloria has reportedly supported the Sable Front.")]
    [InlineData("Veloria allegedly financed the Sable Front.")]
    [InlineData("Veloria is believed to have supported the Sable Front.")]
    [InlineData("Veloria may have armed the Sable Front.")]
    [InlineData("Veloria is suspected of supporting the Sable Front.")]
    public void Hedges_make_a_claim_hedged(string text) =>
        Assert.Equal(Core.Claims.Polarity.Hedged, Article(text).Claims().Single().Polarity);

    [Fact]
    public void A_claiming_speaker_hedges_and_is_the_speaker()
    {
        var claim = Article("The Sable Front, which Velgrad claims is backed by Ostrand, grew.").Claims().Single();
        Assert.Equal(("e3", RelationType.Sponsors, "e1"), (claim.SourceId, claim.Type, claim.TargetId));
        Assert.Equal(Core.Claims.Polarity.Hedged, claim.Polarity);
        Assert.Equal("e2", claim.AttributedTo!.EntityId);
    }

    [Fact]
    public void A_negated_break_affirms_the_tie()
    {
        var claims = Article("Veloria cannot sever ties with the Sable Front, which remains essential for its funding.").Claims();
        Assert.NotEmpty(claims);
        Assert.DoesNotContain(claims, c => c.Polarity == Core.Claims.Polarity.Denied);
    }

    [Fact]
    public void Negation_denies() =>
        Assert.Equal(Core.Claims.Polarity.Denied, Article("Veloria has never supported the Sable Front.").Claims().Single().Polarity);

    [Fact]
    public void A_trailing_charge_that_X_denies_is_a_denial_contesting_the_accusation()
    {
        var claims = Article("Ostrand accuses Veloria of funding the Sable Front, a charge that Velgrad flatly rejects.").Claims();
        Assert.Equal(2, claims.Count);
        var accusation = claims[0];
        var denial = claims[1];
        Assert.Equal((Core.Claims.Polarity.Asserted, "e3"), (accusation.Polarity, accusation.AttributedTo!.EntityId));
        Assert.Equal((Core.Claims.Polarity.Denied, "e2", 0), (denial.Polarity, denial.AttributedTo!.EntityId, denial.Contests));
        Assert.Equal((accusation.SourceId, accusation.Type, accusation.TargetId), (denial.SourceId, denial.Type, denial.TargetId));
    }

    [Fact]
    public void Deflecting_accusations_states_the_accusation_and_denies_it()
    {
        var claims = Article("Veloria has tried to deflect accusations of supporting the Sable Front.").Claims();
        Assert.Equal(2, claims.Count);
        Assert.Equal(Core.Claims.Polarity.Hedged, claims[0].Polarity);
        Assert.Equal(Core.Claims.Polarity.Denied, claims[1].Polarity);
        Assert.Equal("e2", claims[1].AttributedTo!.EntityId);
        Assert.Equal(0, claims[1].Contests);
    }

    [Fact]
    public void A_sentence_opening_with_a_denial_contests_the_sentence_before()
    {
        var claims = Article("Ostrand says Veloria armed the Sable Front. Veloria denied the allegations.").Claims();
        var denial = claims.Single(c => c.Polarity == Core.Claims.Polarity.Denied);
        Assert.Equal(0, denial.Contests);
        Assert.Equal("e2", denial.AttributedTo!.EntityId);
    }

    [Fact]
    public void Denying_a_gerund_denies_it()
    {
        var claim = Article("Veloria strongly denies supporting the Sable Front.").Claims().Single();
        Assert.Equal(Core.Claims.Polarity.Denied, claim.Polarity);
        Assert.Equal("e2", claim.AttributedTo!.EntityId);
    }

    [Theory]
    [InlineData("Veloria armed the Sable Front, a claim that the militia denied.", "e1")]
    [InlineData("Ostrand reportedly armed the Sable Front, a charge Veloria officials reject.", "e2")]
    public void A_trailing_charge_is_denied_by_the_one_who_rejects_it(string text, string denier)
    {
        var article = new TestArticle(text)
            .With("Sable Front", EntityType.MilitantGroup, "Sable Front", "the militia")
            .With("Veloria", EntityType.Government)
            .With("Ostrand", EntityType.Government);
        var denial = article.Claims().Single(c => c.Polarity == Core.Claims.Polarity.Denied);
        Assert.Equal(RelationType.Arms, denial.Type);
        Assert.Equal(denier, denial.AttributedTo!.EntityId);
    }
}
