using Nexus.Core.Entities;
using Nexus.Core.Events;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Events;

/// <summary>Attack places and triggers of real attack reporting, in sentences written for the test.</summary>
public class AttackPlaceAndTriggerTests
{
    private static (EventType Type, string? Date, string? Place)[] Read(TestArticle article) =>
        [.. article.Events().Select(e => (e.Type, e.Date?.ToString(), e.LocationId is null ? null : article.NameOf(e.LocationId)))];

    private static TestArticle Article(string text) => new TestArticle(text)
        .With("Red Brigade", EntityType.MilitantGroup).With("Camp Irlo", EntityType.Location).With("Almera", EntityType.Location)
        .With("Lorwick", EntityType.Location).Published(null);

    [Fact]
    public void The_place_a_verb_attacks_is_the_place_of_the_attack()
    {
        var found = Read(Article("On 1 March 2019, Red Brigade gunmen attacked Camp Irlo in Almera."));
        Assert.Contains((EventType.Attack, "2019-03-01", "Camp Irlo"), found);
        Assert.DoesNotContain((EventType.Attack, "2019-03-01", "Almera"), found);
    }

    [Theory]
    [InlineData("A man was shot dead at his door in Lorwick.")]
    [InlineData("A roadside bomb detonated under a convoy near the city of Lorwick.")]
    [InlineData("A general was killed in Lorwick, reportedly by mortar fire.")]
    public void Shootings_bombs_and_killings_are_attacks(string sentence) =>
        Assert.Contains((EventType.Attack, null, "Lorwick"), Read(Article(sentence)));

    [Fact]
    public void An_accidental_death_is_no_attack() =>
        Assert.DoesNotContain(Read(Article("A commander was killed in a car accident near Lorwick.")), e => e.Type == EventType.Attack);

    [Fact]
    public void Capturing_territory_is_an_operation() =>
        Assert.Contains((EventType.Operation, "2019-03", null), Read(Article("Militias captured the Red Brigade's last remaining territory in March 2019.")));
}
