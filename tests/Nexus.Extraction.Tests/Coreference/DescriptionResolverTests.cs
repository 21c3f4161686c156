using Nexus.Core.Text;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Coreference;

/// <summary>Definite descriptions and pronouns join the nearest compatible antecedent.</summary>
public class DescriptionResolverTests
{
    private static TextSpan SpanOf(string text, string surface, int occurrence = 0)
    {
        var start = -1;
        for (var k = 0; k <= occurrence; k++) start = text.IndexOf(surface, start + 1, StringComparison.Ordinal);
        return new TextSpan(start, start + surface.Length);
    }

    [Fact]
    public void The_group_and_the_outfit_refer_to_the_nearest_group()
    {
        const string text = "Lashkar-e-Taiba trained the attackers in Muridke. Officials said the group had recruited them online. " +
                            "The outfit denies it.";
        var let = EntityAt(text, Link(text), "Lashkar-e-Taiba");
        Assert.Contains(SpanOf(text, "the group"), let.Mentions);
        Assert.Contains(SpanOf(text, "The outfit"), let.Mentions);
        Assert.DoesNotContain("the group", let.Aliases); // a bare description says nothing about the name
    }

    [Fact]
    public void A_demonym_in_the_description_picks_the_agency_of_that_country()
    {
        const string text = "The Research and Analysis Wing and the ISI traded blame. The Indian spy agency said it had proof.";
        var entities = Link(text);
        var raw = EntityAt(text, entities, "Research and Analysis Wing");
        Assert.Contains(SpanOf(text, "The Indian spy agency"), raw.Mentions);
        Assert.Contains("The Indian spy agency", raw.Aliases); // it says something: kept as an alias
        Assert.DoesNotContain(SpanOf(text, "The Indian spy agency"), EntityAt(text, entities, "ISI").Mentions);
    }

    [Fact]
    public void Its_refers_to_the_nearest_actor_and_he_to_the_nearest_person()
    {
        const string text = "Jaish-e-Mohammad moved its camps after the strike. Masood Azhar said he would retaliate.";
        var entities = Link(text);
        Assert.Contains(SpanOf(text, "its"), EntityAt(text, entities, "Jaish-e-Mohammad").Mentions);
        Assert.Contains(SpanOf(text, " he ") with { Start = text.IndexOf(" he ", StringComparison.Ordinal) + 1, End = text.IndexOf(" he ", StringComparison.Ordinal) + 3 }, EntityAt(text, entities, "Masood Azhar").Mentions);
    }

    [Fact]
    public void An_object_him_is_not_the_subject_of_its_own_verb()
    {
        const string text = "Masood Azhar wrote that Hafiz Saeed had betrayed him.";
        var entities = Link(text);
        var him = SpanOf(text, "him");
        Assert.Contains(him, EntityAt(text, entities, "Masood Azhar").Mentions);
        Assert.DoesNotContain(him, EntityAt(text, entities, "Hafiz Saeed").Mentions);
    }

    [Fact]
    public void A_plural_or_a_compound_is_not_a_description()
    {
        const string text = "Hizbul Mujahideen met other groups. The group leader was arrested.";
        var hm = EntityAt(text, Link(text), "Hizbul Mujahideen");
        Assert.Single(hm.Mentions);
    }

    [Fact]
    public void The_junta_refers_to_the_nearest_government()
    {
        const string text = "Mali expelled the ambassador in 2022. Western officials say the junta paid the contractors.";
        Assert.Contains(SpanOf(text, "the junta"), EntityAt(text, Link(text), "Mali").Mentions);
    }
}
