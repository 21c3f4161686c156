using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Extraction.Linking;

namespace Nexus.Extraction.Tests.Linking;

public class NestedCountriesTests
{
    private const string Text = "The Islamic State of Iraq and Syria claimed it. Officials in Syria denied it. Pakistan said nothing.";

    private static KnowledgeBaseIndex Kb() => new(
    [
        new KbEntry("country:IQ", EntityType.Government, "Iraq", [], ["Iraqi"], ["Baghdad"], "IQ", "test"),
        new KbEntry("country:SY", EntityType.Government, "Syria", [], ["Syrian"], ["Damascus"], "SY", "test"),
        new KbEntry("country:PK", EntityType.Government, "Pakistan", [], ["Pakistani"], ["Islamabad"], "PK", "test"),
    ]);

    private static TextSpan Of(string s, int from = 0)
    {
        var i = Text.IndexOf(s, from, StringComparison.Ordinal);
        return new TextSpan(i, i + s.Length);
    }

    [Fact]
    public void Countries_inside_a_longer_name_join_their_entity_or_become_one()
    {
        var isis = new Entity("e1", "Islamic State of Iraq and Syria", EntityType.MilitantGroup, ["Islamic State of Iraq and Syria"], [Of("Islamic State of Iraq and Syria")]);
        var syria = new Entity("e2", "Syria", EntityType.Government, ["Syria"], [Of("Syria", 50)], "country:SY");
        var result = NestedCountries.Add(Text, [isis, syria], Kb());
        Assert.Equal(3, result.Count);
        Assert.Equal([Of("Syria", 50), Of("Syria")], result[1].Mentions.ToArray());
        Assert.Equal(("Iraq", "country:IQ", "e3"), (result[2].Name, result[2].KnowledgeBaseId, result[2].Id));
        Assert.Equal([Of("Iraq")], result[2].Mentions.ToArray());
    }

    [Fact]
    public void A_country_that_is_the_whole_mention_adds_nothing()
    {
        var pakistan = new Entity("e1", "Pakistan", EntityType.Government, ["Pakistan"], [Of("Pakistan")], "country:PK");
        var result = NestedCountries.Add(Text, [pakistan], Kb());
        Assert.Same(pakistan, Assert.Single(result));
    }

    [Fact]
    public void A_place_whose_name_holds_a_country_mentions_no_country()
    {
        const string text = "Troops patrolled North Syria on Monday.";
        var span = new TextSpan(text.IndexOf("North Syria", StringComparison.Ordinal), text.IndexOf(" on", StringComparison.Ordinal));
        var place = new Entity("e1", "North Syria", EntityType.Location, ["North Syria"], [span]);
        Assert.Single(NestedCountries.Add(text, [place], Kb()));
        var group = place with { Type = EntityType.MilitantGroup };
        Assert.Equal(2, NestedCountries.Add(text, [group], Kb()).Count);
    }
}
