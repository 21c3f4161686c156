using Nexus.Core.Entities;
using Nexus.Extraction.Relations;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Relations;

/// <summary>
/// Constructions of real attack and conflict reporting that the first rules missed (agent nouns, claims of
/// responsibility, troops named by nationality, units and ranks), in sentences written for the test.
/// </summary>
public class AttackAndMembershipConstructionsTests
{
    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Northern Legion", EntityType.MilitantGroup)
        .With("Harbour Brigade", EntityType.MilitantGroup)
        .With("Veloria", EntityType.Government)
        .With("Ostrand", EntityType.Government)
        .With("Veloran Army", EntityType.StateAgency)
        .With("Halden", EntityType.Location)
        .With("Camp Irlo", EntityType.Location)
        .With("Brell Institute", EntityType.Organization)
        .With("Marek Dorn", EntityType.Person)
        .With("Ilya Marsh", EntityType.Person);

    [Theory]
    [InlineData("Two dozen soldiers were killed in Sable Front attacks in Halden in April.", "Sable Front attacks Halden")]
    [InlineData("An attack by the Sable Front on Halden killed nine people.", "Sable Front attacks Halden")]
    [InlineData("The Sable Front's bombing of Halden caused chaos.", "Sable Front attacks Halden")]
    [InlineData("An Ostrand airstrike killed Marek Dorn on Sunday.", "Ostrand attacks Marek Dorn")]
    [InlineData("Sable Front gunmen and suicide bombers attacked Camp Irlo at dawn.", "Sable Front attacks Camp Irlo")]
    [InlineData("Fighters of the Sable Front overran Camp Irlo on Saturday.", "Sable Front attacks Camp Irlo")]
    [InlineData("Marek Dorn was charged with complicity in the assassination of Ilya Marsh.", "Marek Dorn attacks Ilya Marsh")]
    [InlineData("Veloria and Ostrand launched a joint operation against the Sable Front in May.", "Ostrand fights Sable Front")]
    public void Attacks_named_by_nouns_agents_and_charges(string sentence, string expected) =>
        Assert.Contains(expected, Article(sentence).Relations());

    [Fact]
    public void An_attack_named_after_its_place_has_no_agent() =>
        Assert.DoesNotContain("Halden attacks Veloria", Article("The Halden attacks in Veloria shocked the region.").Relations());

    [Theory]
    [InlineData("The Sable Front accepted responsibility for the bombings on Halden.", "Sable Front claims_responsibility Halden")]
    [InlineData("Sable Front fighters overran an army base in Halden on Saturday. The Sable Front claimed responsibility for the assault.", "Sable Front claims_responsibility Halden")]
    public void Claims_of_responsibility(string text, string expected) =>
        Assert.Contains(expected, Article(text).Relations());

    [Theory]
    [InlineData("A bombing on 3 May 1990 at the Halden market killed nine. The attack is widely believed to have been carried out by the Sable Front.")]
    [InlineData("A bomb attack hit a market in Halden on Monday. Officials blamed the attack on the Sable Front.")]
    [InlineData("A bomb attack hit a market in Halden on Monday. Police said the Sable Front was behind the bombing.")]
    public void An_agent_given_to_the_attack_last_placed_attacks_its_place(string text) =>
        Assert.Contains("Sable Front attacks Halden", Article(text).Relations());

    [Theory]
    [InlineData("A bomb attack hit a market in Halden on Monday. Members said the Sable Front had to admit responsibility for attacks carried out by its cells.")]
    [InlineData("A bomb attack hit a market in Halden on Monday. Most attacks carried out by the Sable Front target the army.")]
    public void Attacks_in_general_point_back_at_no_attack(string text) =>
        Assert.DoesNotContain("Sable Front attacks Halden", Article(text).Relations());

    [Theory]
    [InlineData("On 21 December 2015 in Halden, a suicide bomber blew himself up. Marek Dorn, the spokesman for the Sable Front, claimed they were responsible for the attack.")]
    [InlineData("A bomb attack hit a market in Halden on Monday. The Sable Front said it was responsible for the bombing.")]
    public void A_group_saying_it_was_responsible_claims_the_attack_last_placed(string text)
    {
        var article = Article(text);
        var claims = article.Claims();
        var claim = Assert.Single(claims, c => c.Type == Nexus.Core.Claims.RelationType.ClaimsResponsibility);
        Assert.Equal("Sable Front claims_responsibility Halden", article.Describe([claim])[0]);
        Assert.Equal(Nexus.Core.Claims.Polarity.Asserted, claim.Polarity);
        Assert.Contains("Sable Front attacks Halden", article.Relations());
    }

    [Theory]
    [InlineData("A car bomb exploded at a market in Halden on Monday. The attack was claimed by the Sable Front in a message to reporters.")]
    [InlineData("On Tuesday gunmen attacked a checkpoint in Halden. Responsibility for the attack was claimed by the Sable Front.")]
    public void An_attack_claimed_by_a_group_is_its_claim(string text)
    {
        var found = Article(text).Relations();
        Assert.Contains("Sable Front claims_responsibility Halden", found);
        Assert.Contains("Sable Front attacks Halden", found);
    }

    [Fact]
    public void A_claim_points_at_the_attack_a_verb_placed_last() =>
        Assert.DoesNotContain("Sable Front claims_responsibility Camp Irlo",
            Article("A bomb attack hit Camp Irlo in March. On Tuesday gunmen attacked a checkpoint in Halden. The attack was claimed by the Sable Front.").Relations());

    [Fact]
    public void Denied_involvement_in_a_named_bombing_is_a_denied_attack()
    {
        var claim = Article("The Sable Front denied any involvement in the Halden bombing, a spokesman said.").Claims()
            .Single(c => c.Type == Nexus.Core.Claims.RelationType.Attacks);
        Assert.Equal(Nexus.Core.Claims.Polarity.Denied, claim.Polarity);
    }

    [Fact]
    public void Others_saying_a_group_was_responsible_is_no_claim_of_responsibility()
    {
        var found = Article("A bomb attack hit a market in Halden on Monday. Ostrand claimed the Sable Front was responsible for the bombing.").Relations();
        Assert.DoesNotContain("Sable Front claims_responsibility Halden", found);
    }

    [Theory]
    [InlineData("Five people were killed in an attack on the market in Halden. The alleged killer, Marek Dorn, was shot dead by police.")]
    [InlineData("A bomb attack hit a market in Halden on Monday. Police are hunting suspected bomber Marek Dorn.")]
    public void The_attacker_named_by_role_attacks_the_place_last_attacked_hedged(string text)
    {
        var article = Article(text);
        var claim = Assert.Single(article.Claims(), c => c.Type == Nexus.Core.Claims.RelationType.Attacks);
        Assert.Equal("Marek Dorn attacks Halden", article.Describe([claim])[0]);
        Assert.Equal(Nexus.Core.Claims.Polarity.Hedged, claim.Polarity);
    }

    [Fact]
    public void An_attacker_named_with_no_attack_before_attacks_nothing() =>
        Assert.DoesNotContain("Marek Dorn attacks Halden", Article("Halden was calm. The lone gunman, Marek Dorn, was never found.").Relations());

    [Theory]
    [InlineData("The alleged killer, Marek Dorn - shot dead by police - had pledged allegiance to the Sable Front.", "Marek Dorn member_of Sable Front")]
    [InlineData("Marek Dorn, a convicted Sable Front recruiter, was released.", "Marek Dorn member_of Sable Front")]
    [InlineData("Veloria PM Marek Dorn: 'Enough is enough'", "Marek Dorn leads Veloria")]
    [InlineData("Ostrand's foray into Veloria took a heavy toll.", "Ostrand operates_in Veloria")]
    [InlineData("Ostrand's military presence in Halden has grown.", "Ostrand operates_in Halden")]
    public void Allegiance_recruiters_headline_titles_and_presence(string sentence, string expected) =>
        Assert.Contains(expected, Article(sentence).Relations());

    [Fact]
    public void A_persons_presence_is_no_operation() =>
        Assert.DoesNotContain("Marek Dorn operates_in Veloria", Article("Marek Dorn's presence in Veloria was noted.").Relations());

    [Fact]
    public void A_bare_claim_after_an_attack_on_an_actor_claims_no_place()
    {
        var text = "The Sable Front shelled Halden in March. Sable Front fighters attacked the Northern Legion on Sunday. The Sable Front claimed responsibility for the attack.";
        Assert.DoesNotContain("Sable Front claims_responsibility Halden", Article(text).Relations());
    }

    [Theory]
    [InlineData("Halden, which is controlled by the Ostrand-backed Sable Front, was calm.", "Sable Front operates_in Halden")]
    [InlineData("Ostrand provided Veloria with border security equipment.", "Ostrand sponsors Veloria")]
    [InlineData("Ostrand supplied the Sable Front with rifles and ammunition.", "Ostrand arms Sable Front")]
    public void Control_and_provision(string sentence, string expected) =>
        Assert.Contains(expected, Article(sentence).Relations());

    [Fact]
    public void Provided_weapons_are_arms_not_sponsorship() =>
        Assert.DoesNotContain("Ostrand sponsors Sable Front", Article("Ostrand supplied the Sable Front with rifles.").Relations());

    [Theory]
    [InlineData("Veloria's President Marek Dorn survived an attack.", "Marek Dorn leads Veloria")]
    [InlineData("The army's spokesman, Major General Marek Dorn, spoke.", "")]
    [InlineData("The Sable Front's spokesman, Major General Marek Dorn, denied it.", "Marek Dorn member_of Sable Front")]
    [InlineData("Marek Dorn, a co-founder of the Sable Front, was arrested.", "Marek Dorn leads Sable Front")]
    [InlineData("The Harbour Brigade, the Sable Front's Halden affiliate, grew.", "Harbour Brigade member_of Sable Front")]
    [InlineData("A spokesman for the Harbour Brigade of the Sable Front said.", "Harbour Brigade member_of Sable Front")]
    [InlineData("The Sable Front's Harbour Brigade attacked Halden.", "Harbour Brigade member_of Sable Front")]
    [InlineData("Marek Dorn of the Brell Institute said the war would go on.", "Marek Dorn member_of Brell Institute")]
    public void Leaders_members_and_units(string sentence, string expected)
    {
        var found = Article(sentence).Relations();
        if (expected.Length == 0) Assert.DoesNotContain(found, r => r.StartsWith("Marek Dorn", StringComparison.Ordinal));
        else Assert.Contains(expected, found);
    }

    [Fact]
    public void The_entire_group_is_the_group() =>
        Assert.Contains("Ostrand designates Sable Front", Article("Veloria listed the Sable Front in 1997, and Ostrand proscribed the entire group in 2019.").Relations());

    [Fact]
    public void Cutting_ties_is_no_alliance() =>
        Assert.DoesNotContain("Veloria allied_with Ostrand", Article("Veloria accused the Sable Front of attacks and cut diplomatic ties with Ostrand in May.").Relations());

    [Fact]
    public void A_title_held_at_the_time_still_names_the_leader() =>
        Assert.Contains("Marek Dorn leads Sable Front", Article("In later years, a Sable Front leader at the time, Marek Dorn, refused to comment.").Relations());

    [Fact]
    public void The_group_is_the_armed_group_before_an_organisation_named_later()
    {
        var text = "The Sable Front killed 40 people at the Brell Institute in 2015. Police said the group's Harbour Brigade was behind it.";
        var found = Article(text).Relations();
        Assert.Contains("Harbour Brigade member_of Sable Front", found);
        Assert.DoesNotContain("Harbour Brigade member_of Brell Institute", found);
    }

    [Fact]
    public void A_person_of_a_place_is_no_member() =>
        Assert.DoesNotContain("Marek Dorn member_of Halden", Article("Marek Dorn of Halden said the war would go on.").Relations());

    [Theory]
    [InlineData("Analysts accused the Sable Front and Veloran soldiers of killing 50 people in Halden.", "Veloran Army attacks Halden")]
    [InlineData("The Sable Front ambushed Veloran troops near Halden.", "Sable Front attacks Veloran Army")]
    [InlineData("The Sable Front ambushed Ostrandi troops near Halden.", "Sable Front attacks Ostrand")]
    [InlineData("An Ostrandi airstrike killed Marek Dorn in Halden.", "Ostrand attacks Marek Dorn")]
    [InlineData("Veloran drones hit Camp Irlo on Sunday.", "Veloria attacks Camp Irlo")]
    public void Troops_named_by_nationality_are_the_army_or_the_state(string sentence, string expected)
    {
        CountryOfDemonym demonyms = w => w switch { "Veloran" => ("country:VL", "Veloria"), "Ostrandi" => ("country:OS", "Ostrand"), _ => null };
        var article = Article(sentence);
        Assert.Contains(expected, article.Describe(new PatternRelationExtractor(demonyms: demonyms).Extract(article.Context())));
    }
}
