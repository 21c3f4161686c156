using Nexus.Core.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Linking;

/// <summary>One test per linking rule, on sentences written for the test.</summary>
public class KnowledgeLinkerTests
{
    [Fact]
    public void Transliterations_of_a_kb_name_are_one_entity_under_the_canonical_name()
    {
        const string text = "Tehrik-i-Taliban Pakistan claimed the raid. Officials blamed Tehreek-e-Taliban Pakistan for a second one.";
        var entities = Link(text);
        var ttp = EntityAt(text, entities, "Tehrik-i-Taliban Pakistan");
        Assert.Same(ttp, EntityAt(text, entities, "Tehreek-e-Taliban Pakistan"));
        Assert.Equal("Tehreek-e-Taliban Pakistan", ttp.Name);
        Assert.Equal(EntityType.MilitantGroup, ttp.Type);
        Assert.Equal("curated:ttp", ttp.KnowledgeBaseId);
    }

    [Fact]
    public void An_acronym_defined_in_brackets_joins_an_unknown_long_form()
    {
        const string text = "The Zarghun Defence Front (ZDF) attacked a convoy near Quetta. Police said the ZDF had planned it for weeks.";
        var entities = Link(text);
        var zdf = EntityAt(text, entities, "ZDF", occurrence: 1);
        Assert.Same(zdf, EntityAt(text, entities, "Zarghun Defence Front"));
        Assert.Equal("Zarghun Defence Front", zdf.Name);
        Assert.Equal(EntityType.MilitantGroup, zdf.Type); // "… Front"
        Assert.Null(zdf.KnowledgeBaseId);
    }

    [Fact]
    public void A_known_acronym_takes_an_unknown_long_form_into_its_kb_entry()
    {
        const string text = "Washington listed the Baloch Freedom Army (BLA) as a terror group last year.";
        var bla = EntityAt(text, Link(text), "BLA");
        Assert.Equal("Balochistan Liberation Army", bla.Name);
        Assert.Contains("Baloch Freedom Army", bla.Aliases);
    }

    [Fact]
    public void A_surname_after_the_full_name_is_the_same_person()
    {
        const string text = "General Tariq Hameed Qureshi addressed cadets in Lahore. Qureshi warned of a long campaign, and Qureshi's aides agreed.";
        var entities = Link(text);
        var person = EntityAt(text, entities, "Tariq Hameed Qureshi");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Same(person, EntityAt(text, entities, "Qureshi", occurrence: 1));
        Assert.Same(person, EntityAt(text, entities, "Qureshi", occurrence: 2));
    }

    [Fact]
    public void A_capital_used_as_an_actor_is_its_government_but_a_place_when_only_locative()
    {
        const string metonym = "Islamabad rejected the charge, and officials said Islamabad would respond.";
        var pakistan = EntityAt(metonym, Link(metonym), "Islamabad");
        Assert.Equal("Pakistan", pakistan.Name);
        Assert.Equal(EntityType.Government, pakistan.Type);

        const string place = "The delegation arrived in Kabul on Monday.";
        var kabul = EntityAt(place, Link(place), "Kabul");
        Assert.Equal(EntityType.Location, kabul.Type);
    }

    [Theory]
    [InlineData("MOMBASA, Kenya, May 4 (Xinhua) -- Two men were held after a raid on a warehouse.", "Xinhua", "Xinhua News Agency")]
    [InlineData("A crowd gathered outside the court on Monday. Photo: Reuters", "Reuters", "Reuters")]
    [InlineData("Two men were held, DW's correspondent in the port city said.", "DW", "Deutsche Welle")]
    public void A_news_agency_in_a_dateline_credit_or_possessive_is_media(string text, string surface, string name)
    {
        var agency = EntityAt(text, Link(text), surface);
        Assert.Equal(name, agency.Name);
        Assert.Equal(EntityType.Media, agency.Type);
    }

    [Theory]
    [InlineData("Smugglers moved the cargo through the Caucasus last winter.", "Caucasus")]
    [InlineData("The tanker was seized on the Caspian Sea on Friday.", "Caspian Sea")]
    [InlineData("Recruiters were active across the Balkans, officials said.", "Balkans")]
    public void Well_known_regions_and_seas_are_places(string text, string surface)
    {
        var region = EntityAt(text, Link(text), surface);
        Assert.Equal(surface, region.Name);
        Assert.Equal(EntityType.Location, region.Type);
    }

    [Fact]
    public void A_capital_mostly_used_as_a_place_stays_a_place_despite_one_modifier_use()
    {
        const string text = "Rallies filled the heart of Nairobi on Monday. Police later raided homes in east Nairobi, " +
                            "and a Nairobi rally ended peacefully.";
        var entities = Link(text);
        var city = EntityAt(text, entities, "Nairobi");
        Assert.Equal(EntityType.Location, city.Type);
        Assert.Same(city, EntityAt(text, entities, "Nairobi", occurrence: 2));
    }

    [Fact]
    public void A_two_letter_acronym_that_is_a_word_links_in_prose_but_not_in_a_line_of_capitals()
    {
        const string prose = "Dozens were killed in IS attacks near the border last week.";
        Assert.Equal("Islamic State", EntityAt(prose, Link(prose), "IS").Name);
        const string shouted = "WHO IS BEHIND THE ATTACK ON THE MARKET?";
        Assert.DoesNotContain(Link(shouted), e => e.Name == "Islamic State");
    }

    [Fact]
    public void A_capital_coordinated_with_another_place_counts_as_a_place()
    {
        const string text = "Nairobi's transport board closed two lines. Mombasa and Nairobi saw the largest rallies, " +
                            "which spread across Nairobi by night.";
        var entities = Link(text);
        var city = EntityAt(text, entities, "Nairobi", occurrence: 1);
        Assert.Equal(EntityType.Location, city.Type);
        Assert.Equal(EntityType.Location, EntityAt(text, entities, "Mombasa").Type);
    }

    [Theory]
    [InlineData("NAIROBI — A court jailed two men on Tuesday.", "NAIROBI")]
    [InlineData("KARACHI: Gunmen attacked a convoy on Sunday.", "KARACHI")]
    [InlineData("Police raided a Nairobi-based network on Friday.", "Nairobi")]
    [InlineData("The parade was held in the capital, Nairobi, on Friday.", "Nairobi")]
    [InlineData("Militants attacked Nairobi on Monday, the army said.", "Nairobi")]
    [InlineData("Artillery shelled Nairobi for a week.", "Nairobi")]
    public void A_capital_in_a_dateline_an_apposition_before_based_or_attacked_is_a_place(string text, string capital)
    {
        var entity = EntityAt(text, Link(text), capital);
        Assert.Equal(EntityType.Location, entity.Type);
    }

    [Fact]
    public void A_demonym_with_a_state_noun_is_the_state()
    {
        const string text = "Indian authorities arrested two men, and India said more arrests would follow.";
        var entities = Link(text);
        var india = EntityAt(text, entities, "Indian authorities");
        Assert.Equal("India", india.Name);
        Assert.Same(india, EntityAt(text, entities, "India", occurrence: 1));
    }

    [Fact]
    public void Descriptive_group_actors_are_found_by_modifier_and_head_and_grouped_by_modifier()
    {
        const string text = "Police say Khalistani operatives met in Surrey. The Khalistani elements later split from the Sikh community, " +
                            "while the gangster network and other organised criminal gangs kept extorting traders.";
        var entities = Link(text);
        var separatists = EntityAt(text, entities, "Khalistani operatives");
        Assert.Equal(EntityType.MilitantGroup, separatists.Type);
        Assert.Same(separatists, EntityAt(text, entities, "Khalistani elements"));
        Assert.Equal(EntityType.Population, EntityAt(text, entities, "Sikh community").Type);
        var gangs = EntityAt(text, entities, "gangster network");
        Assert.Equal(EntityType.CriminalGroup, gangs.Type);
        Assert.Same(gangs, EntityAt(text, entities, "organised criminal gangs"));
    }

    [Fact]
    public void Lower_case_kinds_of_groups_are_not_actors()
    {
        const string text = "Analysts call it the leading jihadi movement, and Pakistani networks supply it.";
        Assert.DoesNotContain(Link(text), e => e.Aliases.Any(a => a.Contains("movement") || a.Contains("networks")));
    }

    [Fact]
    public void Unknown_names_are_typed_by_their_head_noun()
    {
        const string text = "The Sindhudesh Revolutionary Army bombed a railway line, and the Chairman of the Qalat Welfare Council condemned it.";
        var entities = Link(text);
        Assert.Equal(EntityType.MilitantGroup, EntityAt(text, entities, "Sindhudesh Revolutionary Army").Type);
        Assert.Equal(EntityType.PoliticalGroup, EntityAt(text, entities, "Qalat Welfare Council").Type);
    }

    [Fact]
    public void A_country_name_before_army_makes_a_state_agency()
    {
        const string text = "The Pakistan Army moved troops to the border.";
        var army = EntityAt(text, Link(text), "Pakistan Army");
        Assert.Equal(EntityType.StateAgency, army.Type);
        Assert.Equal("curated:pakarmy", army.KnowledgeBaseId);
    }
}
