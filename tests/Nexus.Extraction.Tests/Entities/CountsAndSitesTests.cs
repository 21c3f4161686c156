using Nexus.Core.Entities;
using Nexus.Extraction.Linking;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Entities;

/// <summary>Counts that open a sentence and military sites, in sentences written for the test.</summary>
public class CountsAndSitesTests
{
    [Fact]
    public void A_count_opening_a_sentence_is_no_part_of_a_group_name()
    {
        var mentions = Recognize("Seven Zorvanto militants were killed near the border. Three militants fled.");
        Assert.Contains(mentions, m => m.Text == "Zorvanto" && m.Type == EntityType.MilitantGroup);
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Seven", StringComparison.Ordinal) || m.Text == "Three");
    }

    [Theory]
    [InlineData("Camp Irlo", EntityType.Location)]
    [InlineData("Fort Brannock", EntityType.Location)]
    [InlineData("Kestrel Air Base", EntityType.Location)]
    [InlineData("Kestrel Institute", EntityType.Organization)]
    public void Military_sites_are_places(string name, EntityType expected) =>
        Assert.Equal(expected, TypeCues.GuessOrganisation(name));

    [Fact]
    public void A_site_word_before_a_known_place_names_a_site_of_its_own()
    {
        var mentions = Recognize("Gunmen stormed Camp Helmand before dawn, officials said.");
        Assert.Contains(mentions, m => m.Text == "Camp Helmand" && m.Type == EntityType.Location && m.KbId is null);
        Assert.DoesNotContain(mentions, m => m.Text == "Helmand");
    }

    [Fact]
    public void An_organisation_name_ending_in_a_known_group_is_a_group_of_that_kind()
    {
        var mentions = Recognize("The Provisional IRA claimed the blast in the town centre.");
        Assert.Contains(mentions, m => m.Text == "Provisional IRA" && m.Type == EntityType.MilitantGroup);
    }

    [Fact]
    public void Terrain_named_by_its_head_noun_is_a_place()
    {
        var mentions = Recognize("Troops raided hideouts in the Qelvar mountains last week.");
        Assert.Contains(mentions, m => m.Text == "Qelvar mountains" && m.Type == EntityType.Location);
    }

    [Fact]
    public void An_unknown_word_after_near_is_a_place_unless_it_owns_something()
    {
        Assert.Contains(Recognize("Soldiers seized a truck near Dravosk on Monday."), m => m.Text == "Dravosk" && m.Type == EntityType.Location);
        Assert.DoesNotContain(Recognize("Soldiers waited near Dravosk's gate on Monday."), m => m.Text == "Dravosk" && m.Type == EntityType.Location);
    }
}
