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

    [Theory]
    [InlineData("On 21 December 2015 in Lorwick, a suicide bomber blew himself up, killing six soldiers.", "2015-12-21", "Lorwick")]
    [InlineData("A device that exploded on Friday wounded 13 people on a busy street in the city of Lorwick.", null, "Lorwick")]
    [InlineData("In 1995, gunmen seized hundreds of hostages in hospitals in the southern towns of Lorwick and Almera.", "1995", "Lorwick")]
    [InlineData("In 1995, gunmen seized hundreds of hostages in hospitals in the southern towns of Lorwick and Almera.", "1995", "Almera")]
    public void Suicide_bombers_devices_and_hostage_taking_are_placed_attacks(string sentence, string? date, string place) =>
        Assert.Contains((EventType.Attack, date, place), Read(Article(sentence)));

    [Fact]
    public void A_place_opening_another_clause_is_not_the_place()
    {
        var found = Read(Article("Talks were held in Almera, and a week later a bomb exploded on the road."));
        Assert.DoesNotContain((EventType.Attack, null, "Almera"), found);
    }

    [Theory]
    [InlineData("On 19 April 2013, a manhunt was under way for the suspected bomber.", EventType.Operation, "2013-04-19")]
    [InlineData("In August 1999, an Islamic council declared an independent state in the mountains.", EventType.Statement, "1999-08")]
    public void Manhunts_and_declarations(string sentence, EventType type, string date) =>
        Assert.Contains((type, date, (string?)null), Read(Article(sentence)));
}
