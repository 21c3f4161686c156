using Nexus.Core.Text;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Coreference;

/// <summary>
/// The strict descriptions ("the militants", "the city", "the ministry", "the government"), chained descriptions, and the
/// subject pronouns "it" and "they": resolved only to the one compatible entity in reach.
/// </summary>
public class StrictDescriptionTests
{
    private static TextSpan SpanOf(string text, string surface)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' is not in the text");
        return new TextSpan(start, start + surface.Length);
    }

    private static bool Resolved(string text, string surface) => Link(text).Any(e => e.Mentions.Contains(SpanOf(text, surface)));

    [Fact]
    public void The_militants_refer_to_the_one_armed_group_in_reach()
    {
        const string text = "The Shining Path ambushed a police patrol in the highlands on Tuesday. The militants escaped into the hills.";
        Assert.Contains(SpanOf(text, "The militants"), EntityAt(text, Link(text), "Shining Path").Mentions);
    }

    [Fact]
    public void The_militants_stay_unresolved_between_two_armed_groups()
    {
        const string text = "The Shining Path and the Tupac Amaru Revolutionary Movement both operated in the highlands. The militants escaped into the hills.";
        Assert.False(Resolved(text, "The militants"));
    }

    [Fact]
    public void The_city_refers_to_a_city_not_to_a_province()
    {
        const string text = "The Liberation Tigers of Tamil Eelam struck an army camp near Jaffna. Troops sealed off the city.";
        Assert.Contains(SpanOf(text, "the city"), EntityAt(text, Link(text), "Jaffna").Mentions);
        const string province = "The Liberation Tigers of Tamil Eelam struck an army camp in the Northern Province. Troops sealed off the city.";
        Assert.False(Resolved(province, "the city"));
    }

    [Fact]
    public void A_government_description_too_far_back_is_not_resolved()
    {
        const string text = "Sri Lanka declared a state of emergency on Friday.\nThe navy lost two boats. Divers searched the harbour. " +
                            "Officials met on Monday. The government later banned public meetings.";
        Assert.False(Resolved(text, "The government"));
    }

    [Fact]
    public void The_city_far_back_is_the_one_town_of_the_article()
    {
        const string one = "The Liberation Tigers of Tamil Eelam struck an army camp near Jaffna.\nThe navy lost two boats. Divers searched the harbour. " +
                           "Officials met on Monday.\nThe bombing of the city drew condemnation.";
        Assert.Contains(SpanOf(one, "the city"), EntityAt(one, Link(one), "Jaffna").Mentions);
        const string two = "The Liberation Tigers of Tamil Eelam struck army camps near Jaffna and Batticaloa.\nThe navy lost two boats. Divers searched the harbour. " +
                           "Officials met on Monday.\nThe bombing of the city drew condemnation.";
        Assert.False(Resolved(two, "the city"));
    }

    [Fact]
    public void Accusing_the_group_of_a_deed_is_no_group_of_people()
    {
        const string text = "The Shining Path ambushed a patrol in the highlands on Monday. Officials accuse the group of planning the attack. " +
                            "A group of farmers fled.";
        var path = EntityAt(text, Link(text), "Shining Path");
        Assert.Contains(SpanOf(text, "the group"), path.Mentions);
        Assert.DoesNotContain(SpanOf(text, "A group"), path.Mentions);
    }

    [Fact]
    public void The_government_refers_to_the_one_state_in_reach_and_not_to_one_of_two()
    {
        const string one = "Sri Lanka declared a state of emergency on Friday. The government also banned public meetings.";
        Assert.Contains(SpanOf(one, "The government"), EntityAt(one, Link(one), "Sri Lanka").Mentions);
        const string two = "Sri Lanka and India signed an accord on Friday. The government also banned public meetings.";
        Assert.False(Resolved(two, "The government"));
    }

    [Fact]
    public void A_naming_modifier_must_agree_with_the_ministry()
    {
        const string same = "Nepal's Ministry of Home Affairs announced a curfew in the hills. The home ministry said the curfew would last a week.";
        Assert.Contains(SpanOf(same, "The home ministry"), EntityAt(same, Link(same), "Ministry of Home Affairs").Mentions);
        const string other = "Nepal's Ministry of Home Affairs announced a curfew in the hills. The defence ministry said the curfew would last a week.";
        Assert.False(Resolved(other, "The defence ministry"));
    }

    [Fact]
    public void A_resolved_description_is_the_antecedent_of_what_follows()
    {
        // Without the chain "its" would take the nearest actor, the police.
        const string text = "The Liberation Tigers of Tamil Eelam ran boats off the coast. Analysts at the Sri Lanka Police say the group finances its operations by smuggling.";
        Assert.Contains(SpanOf(text, "its"), EntityAt(text, Link(text), "Liberation Tigers of Tamil Eelam").Mentions);
    }

    [Fact]
    public void A_name_with_the_head_noun_comes_before_a_nearer_group()
    {
        const string text = "The Revolutionary Eelam Organization broke with the Liberation Tigers of Tamil Eelam in 1980. The organization later joined the talks.";
        var entities = Link(text);
        Assert.Contains(SpanOf(text, "The organization"), EntityAt(text, entities, "Revolutionary Eelam Organization").Mentions);
        Assert.DoesNotContain(SpanOf(text, "The organization"), EntityAt(text, entities, "Liberation Tigers of Tamil Eelam").Mentions);
    }

    [Fact]
    public void Its_prefers_the_subject_to_a_nearer_object()
    {
        const string text = "Sri Lanka banned the Liberation Tigers of Tamil Eelam under its emergency law in 1998.";
        var entities = Link(text);
        Assert.Contains(SpanOf(text, "its"), EntityAt(text, entities, "Sri Lanka").Mentions);
        Assert.DoesNotContain(SpanOf(text, "its"), EntityAt(text, entities, "Liberation Tigers of Tamil Eelam").Mentions);
    }

    [Fact]
    public void An_object_of_a_preposition_takes_the_nearest_group()
    {
        const string text = "The Liberation Tigers of Tamil Eelam trained the Revolutionary Eelam Organization in Jaffna. Officials denied that the navy supplies weapons to the group.";
        Assert.Contains(SpanOf(text, "the group"), EntityAt(text, Link(text), "Revolutionary Eelam Organization").Mentions);
    }

    [Fact]
    public void The_group_is_no_university()
    {
        const string text = "The Liberation Tigers of Tamil Eelam denied the killings. Gunmen had stormed the University of Jaffna in May. " +
                            "Police said the group's intelligence wing planned the raid.";
        var entities = Link(text);
        Assert.Contains(SpanOf(text, "the group"), EntityAt(text, entities, "Liberation Tigers of Tamil Eelam").Mentions);
    }

    [Fact]
    public void They_continue_the_latest_subject_only()
    {
        const string group = "The Shining Path released a statement on Monday. They demanded the release of prisoners.";
        Assert.Contains(SpanOf(group, "They"), EntityAt(group, Link(group), "Shining Path").Mentions);
        const string people = "The Shining Path released a statement on Monday. The hostages said they were treated well.";
        Assert.False(Resolved(people, "they"));
    }

    [Fact]
    public void A_description_inside_a_quotation_needs_a_single_candidate()
    {
        const string text = "The Shining Path attacked the Tupac Amaru Revolutionary Movement near the border. A farmer said: \"The group took our sheep.\"";
        Assert.False(Resolved(text, "The group"));
        const string outside = "The Shining Path attacked the Tupac Amaru Revolutionary Movement near the border. A farmer said the group took his sheep.";
        Assert.True(Resolved(outside, "the group")); // the long-standing rule outside quotations: the nearest
    }

    [Fact]
    public void A_description_with_an_appositive_name_is_left_to_that_name()
    {
        const string text = "Rebels shelled Vavuniya on Monday. On Tuesday they fired on the capital, Colombo, for the first time.";
        Assert.DoesNotContain(SpanOf(text, "the capital"), EntityAt(text, Link(text), "Vavuniya").Mentions);
    }
}
