using Nexus.Core.Entities;
using Nexus.Extraction.Relations;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Relations;

/// <summary>Each construction the claim reader handles, in sentences written for the test.</summary>
public class PatternRelationExtractorTests
{
    private static TestArticle Groups(string text) => new TestArticle(text)
        .With("Northern Legion", EntityType.MilitantGroup, "Northern Legion", "NL")
        .With("Sable Front", EntityType.MilitantGroup)
        .With("Directorate of Security", EntityType.StateAgency, "Directorate of Security", "DOS")
        .With("Veloria", EntityType.Government)
        .With("Ostrand", EntityType.Government)
        .With("Halden", EntityType.Location)
        .With("Marek Dorn", EntityType.Person)
        .With("The Beacon", EntityType.Media)
        .With("Halden bridge bombing", EntityType.Event, "bombing of the Halden bridge");

    [Theory]
    [InlineData("Veloria has long supported the Sable Front.", "Veloria sponsors Sable Front")]
    [InlineData("The Sable Front is financed by the Directorate of Security.", "Directorate of Security funds Sable Front")]
    [InlineData("The DOS-backed Sable Front grew quickly.", "Directorate of Security sponsors Sable Front")]
    [InlineData("Veloria's support to the Northern Legion is no secret.", "Veloria sponsors Northern Legion")]
    [InlineData("The Northern Legion was used to fight against the Sable Front.", "Northern Legion fights Sable Front")]
    [InlineData("The Northern Legion declared a war on the Sable Front last year.", "Northern Legion fights Sable Front")]
    [InlineData("The Directorate of Security has ordered the Sable Front to withdraw.", "Directorate of Security directs Sable Front")]
    [InlineData("The Sable Front had managed to recruit 40 young men from Halden.", "Sable Front recruits_from Halden")]
    [InlineData("The Sable Front struck in Halden in May.", "Sable Front attacks Halden")]
    [InlineData("Ostrand even banned the Sable Front.", "Ostrand designates Sable Front")]
    [InlineData("Ostrand helped Veloria by declaring the Sable Front a terrorist organisation.", "Ostrand designates Sable Front")]
    [InlineData("The primary target for the Sable Front is Veloria.", "Sable Front targets Veloria")]
    [InlineData("Over time, the Sable Front made Halden its base.", "Sable Front operates_in Halden")]
    [InlineData("The Sable Front claimed responsibility for the bombing of the Halden bridge.", "Sable Front claims_responsibility Halden bridge bombing")]
    public void Verbs_in_active_passive_and_compound_forms(string sentence, string expected) =>
        Assert.Contains(expected, Groups(sentence).Relations());

    [Theory]
    [InlineData("Analysts describe the NL-DOS partnership as durable.", "Northern Legion allied_with Directorate of Security")]
    [InlineData("There is a nexus between the Northern Legion and the Sable Front.", "Northern Legion allied_with Sable Front")]
    [InlineData("The Sable Front, an armed wing of the Northern Legion, grew.", "Sable Front member_of Northern Legion")]
    [InlineData("Marek Dorn, former spokesman of the Sable Front, fled.", "Marek Dorn member_of Sable Front")]
    [InlineData("The Sable Front's first emir, Marek Dorn, was killed.", "Marek Dorn leads Sable Front")]
    [InlineData("The Northern Legion's weekly propaganda magazine, The Beacon, praised the raid.", "The Beacon member_of Northern Legion")]
    [InlineData("The Northern Legion remained locked in a bitter rivalry with the Sable Front.", "Northern Legion rival_of Sable Front")]
    [InlineData("The Sable Front had the full backing of the Directorate of Security.", "Directorate of Security sponsors Sable Front")]
    [InlineData("The Northern Legion's advance was halted by sustained attacks from the Sable Front.", "Sable Front fights Northern Legion")]
    public void Nominal_forms_and_appositions(string sentence, string expected) =>
        Assert.Contains(expected, Groups(sentence).Relations());

    [Theory]
    [InlineData("The Directorate of Security quietly funds and arms the Sable Front.", "Directorate of Security funds Sable Front")]
    [InlineData("Veloria was training and equipping several armed groups, including the Sable Front, in Halden.", "Veloria trains Sable Front")]
    [InlineData("The Sable Front bombed offices and shops belonging to the Northern Legion.", "Sable Front attacks Northern Legion")]
    [InlineData("Last week the Sable Front raided the Northern Legion's mountain camps.", "Sable Front attacks Northern Legion")]
    [InlineData("The Sable Front's operations have included firing at homes of the Northern Legion.", "Sable Front attacks Northern Legion")]
    [InlineData("The Sable Front relies heavily on the Directorate of Security for weapons.", "Directorate of Security arms Sable Front")]
    [InlineData("The Sable Front's arms and cash dependency on Veloria is well known.", "Veloria funds Sable Front")]
    [InlineData("The Sable Front cannot cut ties with Veloria, which remains essential for weapons procurement.", "Veloria arms Sable Front")]
    [InlineData("Hit by a joint Veloria-Ostrand crackdown, the Sable Front moved north.", "Ostrand targets Sable Front")]
    [InlineData("The Sable Front offers Veloria a cheap proxy to strike at Ostrand.", "Sable Front targets Ostrand")]
    [InlineData("The Northern Legion - set up to move weapons while funnelling money to the Sable Front - collapsed.", "Northern Legion funds Sable Front")]
    [InlineData("Veloria and Ostrand fought a short border war in 2011.", "Veloria fights Ostrand")]
    [InlineData("Ostrand carried out an airstrike against the Sable Front on Friday.", "Ostrand attacks Sable Front")]
    [InlineData("Witnesses accuse the Sable Front of killing farmers in Halden.", "Sable Front attacks Halden")]
    [InlineData("The Sable Front, a proxy of the Halden-based Northern Legion, grew.", "Sable Front member_of Northern Legion")]
    [InlineData("The Sable Front, a proxy of the Halden-based Northern Legion, grew.", "Northern Legion operates_in Halden")]
    [InlineData("The Sable Front emerged in 2015 as a front for the Northern Legion.", "Sable Front member_of Northern Legion")]
    public void Coordinated_verbs_lists_owned_targets_and_dependence(string sentence, string expected) =>
        Assert.Contains(expected, Groups(sentence).Relations());

    [Fact]
    public void The_two_sides_are_the_two_latest_actors()
    {
        var found = Groups("The Sable Front proposed a truce. It was rejected by the Northern Legion, and that refusal has driven a wedge between the two sides.").Relations();
        Assert.Contains("Sable Front rival_of Northern Legion", found);
        Assert.Empty(Groups("The Sable Front proposed a truce. That has driven a wedge between the two sides.").Relations());
    }

    [Fact]
    public void A_speaker_of_the_sentence_is_not_one_of_the_two()
    {
        var article = Groups("Veloria's rise was helped by the Sable Front. Ostrand has stated that there is a nexus between the two.");
        var found = article.Relations();
        Assert.Contains("Sable Front allied_with Veloria", found.Select(r => r.Replace("Veloria allied_with Sable Front", "Sable Front allied_with Veloria", StringComparison.Ordinal)));
        Assert.DoesNotContain(found, r => r.Contains("Ostrand allied_with", StringComparison.Ordinal) || r.EndsWith("allied_with Ostrand", StringComparison.Ordinal));
    }

    [Fact]
    public void An_object_pronoun_is_resolved_again_when_recognition_bound_it_to_the_subject()
    {
        // Recognition linked every "its" to the Sable Front; in "X attacked its camps" the camps are not X's own.
        var found = new TestArticle("The Northern Legion is weakened. The Sable Front attacked its training camps.")
            .With("Sable Front", EntityType.MilitantGroup, "Sable Front", "its").With("Northern Legion", EntityType.MilitantGroup).Relations();
        Assert.Contains("Sable Front attacks Northern Legion", found);
    }

    [Fact]
    public void Coordinated_demonyms_before_a_state_noun_stand_for_their_states()
    {
        var article = Groups("Coordination between Velorian, Ostrandi, and DOS agencies has improved.");
        CountryOfDemonym demonyms = w => w switch { "Velorian" => ("kb:VL", "Veloria"), "Ostrandi" => ("kb:OS", "Ostrand"), _ => null };
        var found = article.Describe(new PatternRelationExtractor(demonyms: demonyms).Extract(article.Context()));
        Assert.Contains("Veloria allied_with Ostrand", found);
        Assert.Contains("Veloria allied_with Directorate of Security", found);
        Assert.DoesNotContain("Veloria allied_with Ostrand", article.Relations());
        var farmers = Groups("Coordination between Velorian farmers and Ostrand has improved.");
        Assert.DoesNotContain("Veloria allied_with Ostrand", farmers.Describe(new PatternRelationExtractor(demonyms: demonyms).Extract(farmers.Context())));
    }

    [Fact]
    public void The_plural_of_a_descriptor_names_the_same_actor()
    {
        var found = new TestArticle("The smuggler network grew. Ostrand cannot cut ties with the smugglers, who remain essential for weapons.")
            .With("smuggler network", EntityType.CriminalGroup).With("Ostrand", EntityType.Government).Relations();
        Assert.Contains("smuggler network arms Ostrand", found);
    }

    [Fact]
    public void The_same_outfit_and_a_plural_demonym()
    {
        var article = Groups("The Sable Front was set up in 2019. This was the same outfit which was recruiting Velorians.");
        CountryOfDemonym demonyms = w => w == "Velorian" ? ("kb:VL", "Veloria") : null;
        var found = article.Describe(new PatternRelationExtractor(demonyms: demonyms).Extract(article.Context()));
        Assert.Contains("Sable Front recruits_from Veloria", found);
    }

    [Fact]
    public void A_compound_modifier_is_not_the_target()
    {
        var found = Groups("The Sable Front, a proxy of the Halden-based Northern Legion, grew.").Relations();
        Assert.DoesNotContain("Sable Front member_of Halden", found);
    }

    [Fact]
    public void Blamed_for_attacks_is_hedged()
    {
        var claim = Groups("The Sable Front has been blamed for attacks in Halden.").Claims().Single();
        Assert.Equal(Core.Claims.Polarity.Hedged, claim.Polarity);
    }

    [Fact]
    public void Both_networks_prefers_the_actors_called_networks()
    {
        var found = new TestArticle("The Directorate of Security needs the smuggling network and the Sable Front network. Keeping both networks aligned is vital.")
            .With("Directorate of Security", EntityType.StateAgency).With("smuggling network", EntityType.CriminalGroup)
            .With("Sable Front network", EntityType.MilitantGroup).Relations();
        Assert.Contains(found, r => r.Contains("smuggling network allied_with Sable Front network", StringComparison.Ordinal)
            || r.Contains("Sable Front network allied_with smuggling network", StringComparison.Ordinal));
        Assert.DoesNotContain(found, r => r.Contains("Directorate of Security allied_with", StringComparison.Ordinal));
    }

    [Fact]
    public void The_group_as_an_object_is_a_group_other_than_the_subject()
    {
        var claims = Groups("The Sable Front fired rockets at Halden. Veloria denies arming the group.").Claims();
        var denial = Assert.Single(claims, c => c.Type == Core.Claims.RelationType.Arms);
        Assert.Equal(("e4", "e2", Core.Claims.Polarity.Denied), (denial.SourceId, denial.TargetId, denial.Polarity));
    }

    [Fact]
    public void Coordination_gives_one_claim_per_pair()
    {
        var found = Groups("Effective coordination between Veloria, Ostrand, and the Directorate of Security has grown.").Relations();
        Assert.Contains("Veloria allied_with Ostrand", found);
        Assert.Contains("Veloria allied_with Directorate of Security", found);
        Assert.Contains("Ostrand allied_with Directorate of Security", found);
    }

    [Fact]
    public void A_crackdown_by_several_on_one_gives_one_claim_per_actor()
    {
        var found = Groups("A crackdown by Veloria and Ostrand on the Sable Front began.").Relations();
        Assert.Contains("Veloria targets Sable Front", found);
        Assert.Contains("Ostrand targets Sable Front", found);
    }

    [Fact]
    public void A_list_of_support_nouns_gives_one_relation_each()
    {
        var found = Groups("By providing safe havens, money and training, the Directorate of Security has strengthened the Sable Front.").Relations();
        Assert.Contains("Directorate of Security shelters Sable Front", found);
        Assert.Contains("Directorate of Security funds Sable Front", found);
        Assert.Contains("Directorate of Security trains Sable Front", found);
    }

    [Fact]
    public void A_relative_clause_takes_its_antecedent_as_subject()
    {
        var found = Groups("Talks stalled over the Northern Legion, which has trained its guns on Ostrand.").Relations();
        Assert.Contains("Northern Legion attacks Ostrand", found);
    }

    [Fact]
    public void Pronouns_resolve_to_the_latest_subject()
    {
        var found = Groups("The Sable Front lost ground and fled to Veloria, where it found protection and patronage.").Relations();
        Assert.Contains("Veloria shelters Sable Front", found);
        Assert.Contains("Veloria sponsors Sable Front", found);
    }

    [Fact]
    public void Places_do_not_sponsor_and_people_are_not_operated_in()
    {
        var found = Groups("Halden supported Marek Dorn, operating in Marek Dorn.").Relations();
        Assert.DoesNotContain("Halden sponsors Marek Dorn", found);
        Assert.DoesNotContain(found, r => r.EndsWith("operates_in Marek Dorn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_noun_overrides_a_place_type_given_to_a_name()
    {
        var found = new TestArticle("The Sable Front's first emir, Tovan Reik, was killed.")
            .With("Sable Front", EntityType.MilitantGroup).With("Tovan Reik", EntityType.Location).Relations();
        Assert.Contains("Tovan Reik leads Sable Front", found);
    }

    [Fact]
    public void Evidence_is_the_span_that_states_the_relation()
    {
        const string text = "Officials met. Veloria has long supported the Sable Front, despite sanctions.";
        var claim = Groups(text).Claims().Single();
        Assert.Equal("Veloria has long supported the Sable Front", claim.Evidence.Text);
        Assert.Equal(text.IndexOf("Veloria", StringComparison.Ordinal), claim.Evidence.Span.Start);
        Assert.InRange(claim.Confidence, 0.01, 0.99);
    }
}
