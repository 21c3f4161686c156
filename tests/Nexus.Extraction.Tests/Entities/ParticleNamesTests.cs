using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Entities;

public class ParticleNamesTests
{
    private static EntityMention M(string text, string surface, EntityType type, string? kb = null)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        return new EntityMention(new TextSpan(start, start + surface.Length), surface, type, 0.6, kb);
    }

    [Fact]
    public void Parts_joined_by_an_article_or_a_particle_are_one_person()
    {
        const string text = "Abu Tamim al-Rafdi met Yusuf bin Qadar and Nadia Ould Harun.";
        var mentions = new List<EntityMention>
        {
            M(text, "Abu Tamim", EntityType.Person), M(text, "al-Rafdi", EntityType.Organization),
            M(text, "Yusuf", EntityType.Person), M(text, "Qadar", EntityType.Location),
            M(text, "Nadia", EntityType.Person), M(text, "Harun", EntityType.Person),
        };
        ParticleNames.Join(text, mentions);
        Assert.Equal(["Abu Tamim al-Rafdi", "Yusuf bin Qadar", "Nadia", "Harun"], mentions.Select(m => m.Text));
        Assert.All(mentions.Take(2), m => Assert.Equal(EntityType.Person, m.Type));
    }

    [Fact]
    public void Lower_case_romance_and_germanic_particles_join_a_person_name()
    {
        const string text = "Rosa del Valle Ortiz met Pieter van der Berg and Lima de Paz.";
        var mentions = new List<EntityMention>
        {
            M(text, "Rosa", EntityType.Location), M(text, "Valle Ortiz", EntityType.Person),
            M(text, "Pieter", EntityType.Person), M(text, "Berg", EntityType.Person),
            M(text, "Lima", EntityType.Location), M(text, "Paz", EntityType.Location),
        };
        ParticleNames.Join(text, mentions);
        Assert.Equal(["Rosa del Valle Ortiz", "Pieter van der Berg", "Lima", "Paz"], mentions.Select(m => m.Text));
        Assert.Equal(EntityType.Person, mentions[0].Type);
    }

    [Fact]
    public void Linked_names_places_alone_and_other_gaps_are_not_joined()
    {
        const string text = "Karim al-Zanadi, al-Hamra and Tarbek al-Qasr; Selim and al-Dur.";
        var mentions = new List<EntityMention>
        {
            M(text, "Karim", EntityType.Person, "Q1"), M(text, "al-Zanadi", EntityType.Person),
            M(text, "al-Hamra", EntityType.Location), M(text, "Tarbek", EntityType.Location), M(text, "al-Qasr", EntityType.Location),
            M(text, "Selim", EntityType.Person), M(text, "al-Dur", EntityType.Person),
        };
        ParticleNames.Join(text, mentions);
        Assert.Equal(7, mentions.Count);
    }

    [Fact]
    public void The_recognizer_and_linker_keep_a_full_name_and_its_later_article_surname_together()
    {
        const string text = "Interim President Samir al-Zanadi met envoys in Beirut. Critics say al-Zanadi has little support.";
        Assert.Contains(Recognize(text), m => m.Text == "Samir al-Zanadi" && m.Type == EntityType.Person);
        var entities = Link(text);
        Assert.Same(EntityAt(text, entities, "Samir al-Zanadi"), EntityAt(text, entities, "al-Zanadi", 1));
    }
}
