using Nexus.Core.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Linking;

/// <summary>Later occurrences of a name (singular or plural), head-noun typing of new names, and long names that are not their KB prefix.</summary>
public class AliasSweepTests
{
    [Fact]
    public void The_plural_of_a_named_group_is_a_mention_of_it()
    {
        const string text = "On Monday, Zarghun fighters seized the pass, the Kandar army said. Officials said the Zarghuns had seized two towns.";
        var entities = Link(text);
        var first = Assert.Single(entities, e => e.Mentions.Any(m => text[m.Start..m.End] == "Zarghun"));
        Assert.True(first.Mentions.Any(m => text[m.Start..m.End] == "Zarghuns"), string.Join("; ", entities.Select(e => $"{e.Name} {e.Type} [{string.Join(",", e.Mentions.Select(m => text[m.Start..m.End]))}]")));
    }

    [Fact]
    public void A_name_inside_a_longer_capitalised_name_is_not_swept()
    {
        const string text = "Karvos Front fighters crossed the river. The Karvos Front Command later denied it.";
        var entities = Link(text);
        Assert.DoesNotContain(entities, e => e.Name == "Karvos Front" && e.Mentions.Any(m => text[m.Start..m.End] == "Karvos Front" && m.Start > 40));
    }

    [Fact]
    public void An_organisation_head_noun_outweighs_a_place_label()
    {
        const string text = "The Almera Corps has deployed 2,000 fighters to the border, officials said.";
        var corps = Link(text).Single(e => e.Name.Contains("Corps", StringComparison.Ordinal));
        Assert.NotEqual(EntityType.Location, corps.Type);
    }

    [Fact]
    public void A_long_name_with_its_own_head_noun_is_not_its_known_prefix()
    {
        const string text = "Fighters of the Islamic State Lake Chad Province attacked a base on Monday.";
        var entities = Link(text);
        Assert.DoesNotContain(entities, e => e.KnowledgeBaseId == "curated:is" && e.Mentions.Any(m => text[m.Start..m.End].Contains("Province", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_acronym_used_before_its_definition_joins_the_defined_entity()
    {
        const string text = "HNDW gains ground\n\nFighters of Harakat Nasr al-Din wal-Watan (HNDW) crossed the border on Monday.";
        var entities = Link(text);
        var defined = Assert.Single(entities, e => e.Mentions.Any(m => text[m.Start..m.End] == "Harakat Nasr al-Din wal-Watan"));
        Assert.Equal(2, defined.Mentions.Count(m => text[m.Start..m.End] == "HNDW"));
    }
}
