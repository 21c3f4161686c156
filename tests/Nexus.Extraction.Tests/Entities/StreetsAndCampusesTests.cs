using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Entities;

/// <summary>Streets named after people and campuses named after two places, in sentences written for the test.</summary>
public class StreetsAndCampusesTests
{
    [Fact]
    public void A_name_before_a_lower_case_street_is_a_place_not_a_person()
    {
        var mentions = Recognize("The man walked along the busy Maren Tollvik street and left a bag there.");
        Assert.Contains(mentions, m => m.Text == "Maren Tollvik street" && m.Type == EntityType.Location);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void An_opening_preposition_is_no_part_of_the_street_and_one_word_before_street_names_no_street()
    {
        var mentions = Recognize("On Maren Tollvik street, officers removed the cordon. Crowds filled the Karvik street near the finish.");
        Assert.Contains(mentions, m => m.Text == "Maren Tollvik street" && m.Type == EntityType.Location);
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("On ", StringComparison.Ordinal) || m.Text == "Karvik street");
    }

    [Fact]
    public void An_organisation_hyphenated_to_a_place_is_one_name()
    {
        const string text = "He studied at the University of Tamsin-Ardmore before the trial, and Kerrow-Lisle was calm.";
        int Of(string w) => text.IndexOf(w, StringComparison.Ordinal);
        var mentions = new List<EntityMention>
        {
            new(new TextSpan(Of("University"), Of("-Ardmore")), "University of Tamsin", EntityType.Organization),
            new(new TextSpan(Of("Ardmore"), Of(" before")), "Ardmore", EntityType.Location),
            new(new TextSpan(Of("Kerrow"), Of("-Lisle")), "Kerrow", EntityType.Location),
            new(new TextSpan(Of("Lisle"), Of(" was")), "Lisle", EntityType.Location),
        };
        HyphenatedCampuses.Apply(text, mentions);
        Assert.Equal(["University of Tamsin-Ardmore", "Kerrow", "Lisle"], mentions.Select(m => m.Text));
        Assert.Equal(EntityType.Organization, mentions[0].Type);
    }
}
