using Nexus.Core.Entities;
using static Nexus.Extraction.Tests.TestSupport.EntityTestModels;

namespace Nexus.Extraction.Tests.Entities;

/// <summary>Mention offsets as span tables: surface, start, end, type.</summary>
public class HybridEntityRecognizerTests
{
    private static void AssertSpans(string text, params (string Surface, int Start, int End, EntityType Type)[] expected)
    {
        var actual = Recognize(text).Select(m => (m.Text, m.Span.Start, m.Span.End, m.Type)).ToList();
        foreach (var e in expected) Assert.Equal(e.Surface, text[e.Start..e.End]);
        Assert.Equal(expected.Select(e => (e.Surface, e.Start, e.End, (EntityType?)e.Type)), actual);
    }

    [Fact]
    public void Kb_names_possessives_and_hyphen_compounds()
    {
        AssertSpans("Pakistan’s ISI-backed network hit Kerala.",
            ("Pakistan", 0, 8, EntityType.Government),
            ("ISI", 11, 14, EntityType.StateAgency),
            ("Kerala", 34, 40, EntityType.Location));
    }

    [Fact]
    public void Descriptors_and_state_metonyms()
    {
        AssertSpans("Pakistani officials said armed Baloch nationalist groups attacked the Hazara community.",
            ("Pakistani officials", 0, 19, EntityType.Government),
            ("armed Baloch nationalist groups", 25, 56, EntityType.MilitantGroup),
            ("Hazara community", 70, 86, EntityType.Population));
    }

    [Fact]
    public void Titles_stay_out_of_person_names_and_coordinated_places_are_found()
    {
        AssertSpans("Dr. Farida Quraishi Khan spoke about the Hyderabad and Warangal blasts.",
            ("Farida Quraishi Khan", 4, 24, EntityType.Person),
            ("Hyderabad", 41, 50, EntityType.Location),
            ("Warangal", 55, 63, EntityType.Location));
    }

    [Fact]
    public void Headings_and_short_furniture_lines_yield_no_statistical_names()
    {
        Assert.DoesNotContain(Recognize("How The Network Was Built\n\nGoogle Prefer NP\n"), m => m.KbId is null);
    }

    [Fact]
    public void Capitalised_word_before_an_agreement_head_names_an_event_unless_it_is_a_nationality()
    {
        var named = Recognize("Militants cited the “Murree accord,” which officials denied.");
        Assert.Contains(named, m => m.Text == "Murree accord" && m.Type == EntityType.Event);
        var national = Recognize("Militants cited the Afghan accord, which officials denied.");
        Assert.DoesNotContain(national, m => m.Type == EntityType.Event);
    }

    [Fact]
    public void A_capitalised_word_before_a_noun_for_fighters_names_a_group_unless_it_is_a_nationality()
    {
        const string text = "On Monday, Zarghun rebels and Afghan fighters crossed the river.";
        var mentions = Recognize(text);
        Assert.Contains(mentions, m => m.Text == "Zarghun" && m.Span.Start == 11 && m.Type == EntityType.MilitantGroup);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.MilitantGroup && m.Text.Contains("Afghan", StringComparison.Ordinal));
    }

    [Fact]
    public void An_arabic_article_before_a_name_is_part_of_it()
    {
        const string text = "Officials said al-Shabaab and al-Qaeda share trainers.";
        var mentions = Recognize(text);
        Assert.Contains(mentions, m => m.Text == "al-Shabaab" && m.Span.Start == 15);
        Assert.Contains(mentions, m => m.Text == "al-Qaeda" && m.Span.Start == 30);
    }

    [Fact]
    public void The_words_whose_capitals_spell_a_bracketed_acronym_are_one_name()
    {
        const string text = "Fighters of Harakat Nasr al-Din wal-Watan (HNDW) crossed the border.";
        var mentions = Recognize(text);
        Assert.Contains(mentions, m => m.Text == "Harakat Nasr al-Din wal-Watan" && m.Span.Start == 12);
        Assert.Contains(mentions, m => m.Text == "HNDW");
    }

    [Fact]
    public void A_spelled_out_number_opening_a_sentence_is_no_name()
    {
        const string text = "Seven Taliban fighters died. \"Three militants were wounded,\" police said.";
        var surfaces = Recognize(text).Select(m => m.Text).ToList();
        Assert.Contains("Taliban", surfaces);
        Assert.DoesNotContain(surfaces, s => s.StartsWith("Seven", StringComparison.Ordinal) || s == "Three");
    }

    [Fact]
    public void Listed_names_after_a_person_are_people_but_listed_countries_are_not()
    {
        const string text = "Police charged Colonel Marta Quiroga, Delio Paredes, Rosa Lucia Ferro and Tomas Ibarra on Monday.";
        var people = Recognize(text).Where(m => m.Type == EntityType.Person).Select(m => m.Text).ToList();
        Assert.Equal(["Marta Quiroga", "Delio Paredes", "Rosa Lucia Ferro", "Tomas Ibarra"], people);
        Assert.DoesNotContain(Recognize("Officials met Pakistan, India and Iran on Monday."), m => m.Type == EntityType.Person);
    }

    [Fact]
    public void Capitalised_words_before_a_site_noun_name_a_place_with_the_noun_and_before_area_without_it()
    {
        const string text = "Soldiers patrolled the Boni forest and the Tarsha area. He said al-Hol camp was full. Gunmen overran a Nigerian Army base.";
        var places = Recognize(text).Where(m => m.Type == EntityType.Location).Select(m => m.Text).ToList();
        Assert.Equal(["Boni forest", "Tarsha", "al-Hol camp"], places);
    }

    [Fact]
    public void A_state_lower_case_ministry_is_an_agency_and_its_ministers_are_the_state()
    {
        const string text = "The Iraqi defence ministry said so. Kenya's foreign ministry rejected it after talks with British ministers.";
        var found = Recognize(text).Select(m => (m.Text, m.Type)).ToList();
        Assert.Contains(("Iraqi defence ministry", (EntityType?)EntityType.StateAgency), found);
        Assert.Contains(("Kenya's foreign ministry", (EntityType?)EntityType.StateAgency), found);
        Assert.Contains(("British ministers", (EntityType?)EntityType.Government), found);
    }

    [Fact]
    public void Outlets_cited_as_sources_are_media_with_their_arabic_article()
    {
        const string text = "The general was killed, Al-Monitor online reported. The state-run Tass news agency reported it. An aide told Al-Monitor last month that talks stalled.";
        var media = Recognize(text).Where(m => m.Type == EntityType.Media).Select(m => m.Text).ToList();
        Assert.Equal(["Al-Monitor", "Tass", "Al-Monitor"], media);
        Assert.DoesNotContain(Recognize(text), m => m.Text == "Al");
    }

    [Fact]
    public void A_word_for_an_organisation_kind_after_a_name_belongs_to_it()
    {
        const string text = "Eight officers died, according to the Kenya Police Service. The Muslim Youth Centre denied it.";
        var found = Recognize(text).Select(m => m.Text).ToList();
        Assert.Contains("Kenya Police Service", found);
        Assert.Contains("Muslim Youth Centre", found);
        Assert.DoesNotContain("Centre", found);
    }
}
