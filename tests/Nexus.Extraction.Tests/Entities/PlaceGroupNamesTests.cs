using Nexus.Core.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Entities;

public class PlaceGroupNamesTests
{
    [Fact]
    public void A_name_before_a_lower_case_criminal_group_noun_names_the_group_with_the_noun()
    {
        const string text = "Police said the Zorvanto cartel and the Kestrel Hill gang moved cocaine through Kerala.";
        var mentions = Recognize(text);
        Assert.Contains(mentions, m => m.Text == "Zorvanto cartel" && m.Type == EntityType.CriminalGroup);
        Assert.Contains(mentions, m => m.Text == "Kestrel Hill gang" && m.Type == EntityType.CriminalGroup);
    }

    [Fact]
    public void A_known_place_before_the_noun_is_read_as_the_group_even_opening_a_line()
    {
        const string text = "Kerala cartel expands.\n\nOfficials said the Kerala cartel and the Kerala militia clashed.";
        var mentions = Recognize(text);
        Assert.Equal(2, mentions.Count(m => m.Text == "Kerala cartel" && m.Type == EntityType.CriminalGroup));
        Assert.Contains(mentions, m => m.Text == "Kerala militia" && m.Type == EntityType.MilitantGroup);
        Assert.DoesNotContain(mentions, m => m.Text == "Kerala");
    }

    [Fact]
    public void Nationalities_and_plurals_name_no_group()
    {
        var mentions = Recognize("Officials said Mexican cartel members and Zorvanto cartels crossed the border.");
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.CriminalGroup);
    }

    [Fact]
    public void A_capitalised_clan_names_a_criminal_group()
    {
        Assert.Equal(EntityType.CriminalGroup, Nexus.Extraction.Linking.TypeCues.GuessOrganisation("Harbour Clan"));
    }
}
