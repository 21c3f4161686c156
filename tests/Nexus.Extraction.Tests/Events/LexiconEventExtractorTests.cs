using Nexus.Core.Entities;
using Nexus.Core.Events;
using Nexus.Extraction.Tests.Support;

namespace Nexus.Extraction.Tests.Events;

public class LexiconEventExtractorTests
{
    private static (EventType Type, string? Date, string? Place)[] Read(TestArticle article) =>
        [.. article.Events().Select(e => (e.Type, e.Date?.ToString(), e.LocationId is null ? null : article.NameOf(e.LocationId)))];

    [Fact]
    public void An_attack_verb_with_a_place_and_month()
    {
        var a = new TestArticle("The Red Brigade had struck in Lorwick district of Almera province in March 2022 and fled.")
            .With("Red Brigade", EntityType.MilitantGroup).With("Lorwick", EntityType.Location, "Lorwick district").With("Almera", EntityType.Location);
        Assert.Contains((EventType.Attack, "2022-03", "Lorwick"), Read(a));
    }

    [Fact]
    public void Coordinated_places_before_the_noun_give_one_event_each()
    {
        var a = new TestArticle("In 2019, the cell was linked to the Tarsk and Velmor bombings.")
            .With("Tarsk", EntityType.Location).With("Velmor", EntityType.Location);
        var found = Read(a);
        Assert.Contains((EventType.Attack, "2019", "Tarsk"), found);
        Assert.Contains((EventType.Attack, "2019", "Velmor"), found);
    }

    [Fact]
    public void A_day_without_year_resolves_against_publication()
    {
        var a = new TestArticle("Memories of the Dunmore market attack of June 3 are still fresh.")
            .With("Dunmore", EntityType.Location).Published("2024-11-13");
        Assert.Contains((EventType.Attack, "2024-06-03", "Dunmore"), Read(a));
    }

    [Fact]
    public void Undated_agreements_take_the_publication_year_and_foundings_need_a_date()
    {
        var a = new TestArticle("Veloria has signed a gas deal with Ostrand. When the front was first formed, it had few fighters.")
            .With("Veloria", EntityType.Government).With("Ostrand", EntityType.Government).Published("2023-05-02");
        var found = Read(a);
        Assert.Contains((EventType.Agreement, "2023", null), found);
        Assert.DoesNotContain(found, e => e.Type == EventType.Founding);
    }

    [Fact]
    public void Air_strikes_and_missiles_fired_at_are_attacks()
    {
        var a = new TestArticle("Ostrand carried out an airstrike near Halden last month. The militia fired missiles at ships off Portvale on Tuesday.")
            .With("Ostrand", EntityType.Government).With("Halden", EntityType.Location).With("Portvale", EntityType.Location).Published("2024-06-02");
        var found = Read(a);
        Assert.Contains((EventType.Attack, "2024-05", "Halden"), found);
        Assert.Contains(found, e => e.Type == EventType.Attack && e.Date == "2024-05-28");
    }

    [Fact]
    public void A_group_that_emerged_in_a_year_was_founded_then()
    {
        var a = new TestArticle("The Sable Front emerged in 2019 as a front for older networks.").With("Sable Front", EntityType.MilitantGroup);
        Assert.Contains((EventType.Founding, "2019", null), Read(a));
    }

    [Fact]
    public void A_founding_with_its_date()
    {
        var a = new TestArticle("The Sable Front has grown since its establishment in January 2015.").With("Sable Front", EntityType.MilitantGroup);
        Assert.Contains((EventType.Founding, "2015-01", null), Read(a));
    }

    [Fact]
    public void A_statement_needs_a_date_and_takes_the_place_after_it()
    {
        var a = new TestArticle("The general, speaking to supporters in Portvale (May 4, 2024), threatened war. The minister said nothing new.")
            .With("Portvale", EntityType.Location);
        var found = Read(a);
        Assert.Contains((EventType.Statement, "2024-05-04", "Portvale"), found);
        Assert.Single(found, e => e.Type == EventType.Statement);
    }

    [Fact]
    public void A_crackdown_in_both_countries_is_an_operation_in_each()
    {
        var a = new TestArticle("Talks between Arland and Beskia ended. A joint crackdown on smugglers followed in both countries.")
            .With("Arland", EntityType.Government).With("Beskia", EntityType.Government).Published("2025-02-01");
        var found = Read(a);
        Assert.Contains((EventType.Operation, "2025", "Arland"), found);
        Assert.Contains((EventType.Operation, "2025", "Beskia"), found);
    }

    [Fact]
    public void Designations_arrests_and_relative_dates()
    {
        var a = new TestArticle("Police arrested two couriers in Halden last week. Ostrand designated the Sable Front a terrorist group 2 months ago.")
            .With("Halden", EntityType.Location).With("Ostrand", EntityType.Government).With("Sable Front", EntityType.MilitantGroup).Published("2024-11-13");
        var found = Read(a);
        Assert.Contains((EventType.Arrest, "2024-11", "Halden"), found);
        Assert.Contains((EventType.Designation, "2024-09", null), found);
    }

    [Fact]
    public void Casualties_are_read_where_stated()
    {
        var a = new TestArticle("Gunmen attacked a convoy near Tarsk on Monday, killing 14 soldiers and wounding 9.").With("Tarsk", EntityType.Location);
        var attack = a.Events().Single(e => e.Type == EventType.Attack);
        Assert.Equal(14, attack.Killed);
        Assert.Equal(9, attack.Injured);
        Assert.Equal("2024-11-11", attack.Date?.ToString());
    }

    private static TestArticle Place(string text) => new TestArticle(text)
        .With("Sable Front", EntityType.MilitantGroup).With("Red Hand", EntityType.MilitantGroup)
        .With("Veloria", EntityType.Government).With("Ostrand", EntityType.Government)
        .With("Halden", EntityType.Location).With("Halden University", EntityType.Location).With("Marek Dorn", EntityType.Person);

    [Fact]
    public void Two_clauses_keep_their_own_dates()
    {
        var found = Read(Place("Veloria designated the Sable Front a terrorist organisation in 1997, and Ostrand proscribed the entire group in 2019."));
        Assert.Contains((EventType.Designation, "1997", null), found);
        Assert.Contains((EventType.Designation, "2019", null), found);
    }

    [Fact]
    public void A_date_across_a_comma_is_not_the_triggers_own() =>
        Assert.Contains((EventType.Agreement, "2016", null), Read(Place("The Red Hand is a faction that rejected the 2016 peace deal, officials said in January.")));

    [Theory]
    [InlineData("Fighters of the Sable Front overran an army base in Halden on Saturday.", EventType.Attack, "2024-11-09", "Halden")]
    [InlineData("The Red Hand killed 148 people at Halden University in April 2015.", EventType.Attack, "2015-04", "Halden University")]
    [InlineData("The Red Hand split from the Sable Front in 2016 after a dispute.", EventType.Founding, "2016", null)]
    [InlineData("The army sent 600 more soldiers to Halden last week.", EventType.Operation, "2024-11", null)]
    [InlineData("In March, troops launched an operation against Sable Front camps in Halden.", EventType.Operation, "2024-03", "Halden")]
    [InlineData("The junta, which had seized power in a coup in 2020, invited Wagner fighters in December 2021.", EventType.Operation, "2020", null)]
    [InlineData("Veloria and Ostrand restored diplomatic relations in 2022 after the election.", EventType.Agreement, "2022", null)]
    [InlineData("The army said its soldiers seized a truck loaded with rockets near Halden on March 9.", EventType.Operation, "2024-03-09", "Halden")]
    public void Reporting_triggers(string text, EventType type, string date, string? place) =>
        Assert.Contains((type, date, place), Read(Place(text)));
}
