using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Entities;

public class OrdinalUnitsTests
{
    [Fact]
    public void An_ordinal_before_a_unit_head_is_part_of_the_name_and_replaces_the_head_alone()
    {
        const string text = "Fighters of the 48th Front and the 212th Mountain Division met the 9th Brigades.";
        var front = text.IndexOf("Front", StringComparison.Ordinal);
        var mentions = new List<EntityMention> { new(new TextSpan(front, front + 5), "Front", EntityType.MilitantGroup, 0.6) };
        OrdinalUnits.Apply(text, mentions);
        Assert.Equal(
            [("48th Front", EntityType.MilitantGroup), ("212th Mountain Division", EntityType.StateAgency), ("9th Brigades", EntityType.MilitantGroup)],
            mentions.Select(m => (m.Text, m.Type!.Value)));
        Assert.Equal("48th Front", text[mentions[0].Span.Start..mentions[0].Span.End]);
    }

    [Fact]
    public void Ordinals_before_other_words_or_inside_a_longer_mention_are_left_alone()
    {
        const string text = "On the 5th Front Street, the 3rd anniversary of the Old 7th Front Alliance passed.";
        var start = text.IndexOf("Old", StringComparison.Ordinal);
        var longer = new EntityMention(new TextSpan(start, text.IndexOf(" passed", StringComparison.Ordinal)), "Old 7th Front Alliance", EntityType.Organization);
        var mentions = new List<EntityMention> { longer };
        OrdinalUnits.Apply(text, mentions);
        Assert.Equal(["Old 7th Front Alliance"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void The_recognizer_keeps_the_ordinal_in_a_unit_name()
    {
        const string text = "The army said the 27th Front, a dissident faction, attacked a base in Meta.";
        Assert.Contains(Recognize(text), m => m.Text == "27th Front" && m.Type == EntityType.MilitantGroup);
        Assert.DoesNotContain(Recognize(text), m => m.Text == "Front");
    }
}
