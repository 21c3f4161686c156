using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Entities;

public class OfficeComplementsTests
{
    private static EntityMention At(string text, string surface, EntityType type)
    {
        var i = text.IndexOf(surface, StringComparison.Ordinal);
        return new EntityMention(new TextSpan(i, i + surface.Length), surface, type, 0.6);
    }

    [Fact]
    public void An_office_grows_over_its_of_complement_and_swallows_mentions_inside_it()
    {
        const string text = "The Harbour Board Office of the Internal Audit said on Monday that Ruvo Port was closed.";
        var mentions = new List<EntityMention>
        {
            At(text, "Harbour Board Office", EntityType.Organization),
            At(text, "Internal Audit", EntityType.Organization),
            At(text, "Ruvo Port", EntityType.Location),
        };
        OfficeComplements.Apply(text, mentions);
        Assert.Equal(["Harbour Board Office of the Internal Audit", "Ruvo Port"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void No_complement_or_a_person_in_it_leaves_the_office_alone()
    {
        const string text = "The Harbour Board Office of Governor Ana Velo and the Port Office of lower rank met.";
        var mentions = new List<EntityMention>
        {
            At(text, "Harbour Board Office", EntityType.Organization),
            At(text, "Ana Velo", EntityType.Person),
            At(text, "Port Office", EntityType.Organization),
        };
        OfficeComplements.Apply(text, mentions);
        Assert.Equal(["Harbour Board Office", "Ana Velo", "Port Office"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_general_directorate_of_something_is_a_state_agency()
    {
        const string text = "Agents of the General Directorate of Customs raided the warehouse.";
        Assert.Contains(Recognize(text), m => m.Text == "General Directorate of Customs" && m.Type == EntityType.StateAgency);
    }
}
