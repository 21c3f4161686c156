using Nexus.Core.Entities;

namespace Nexus.Extraction.Linking;

/// <summary>Guesses an entity type from the words of its name ("… Army", "… Front", "… Brigade", "… Media").</summary>
public static class TypeCues
{
    private static readonly Dictionary<string, EntityType> Heads = new(StringComparer.Ordinal)
    {
        ["intelligence"] = EntityType.StateAgency, ["police"] = EntityType.StateAgency, ["ministry"] = EntityType.StateAgency,
        ["bureau"] = EntityType.StateAgency, ["agency"] = EntityType.StateAgency, ["directorate"] = EntityType.StateAgency,
        ["forces"] = EntityType.StateAgency, ["navy"] = EntityType.StateAgency, ["corps"] = EntityType.StateAgency,
        ["command"] = EntityType.StateAgency, ["guards"] = EntityType.StateAgency,
        ["taliban"] = EntityType.MilitantGroup, ["lashkar"] = EntityType.MilitantGroup, ["jaish"] = EntityType.MilitantGroup,
        ["qaeda"] = EntityType.MilitantGroup, ["front"] = EntityType.MilitantGroup, ["brigade"] = EntityType.MilitantGroup,
        ["brigades"] = EntityType.MilitantGroup, ["liberation"] = EntityType.MilitantGroup, ["tehrik"] = EntityType.MilitantGroup,
        ["mujahideen"] = EntityType.MilitantGroup, ["militia"] = EntityType.MilitantGroup, ["province"] = EntityType.Location,
        ["gang"] = EntityType.CriminalGroup, ["cartel"] = EntityType.CriminalGroup, ["syndicate"] = EntityType.CriminalGroup, ["clan"] = EntityType.CriminalGroup,
        ["movement"] = EntityType.PoliticalGroup, ["party"] = EntityType.PoliticalGroup, ["nations"] = EntityType.PoliticalGroup,
        ["council"] = EntityType.PoliticalGroup, ["committee"] = EntityType.PoliticalGroup, ["league"] = EntityType.PoliticalGroup,
        ["media"] = EntityType.Media, ["magazine"] = EntityType.Media, ["news"] = EntityType.Media, ["times"] = EntityType.Media,
        ["corridor"] = EntityType.Project, ["initiative"] = EntityType.Project, ["programme"] = EntityType.Project, ["project"] = EntityType.Project,
        ["agreement"] = EntityType.Event, ["accord"] = EntityType.Event, ["attack"] = EntityType.Event, ["bombing"] = EntityType.Event,
        ["massacre"] = EntityType.Event, ["pact"] = EntityType.Event, ["operation"] = EntityType.Event,
        ["base"] = EntityType.Location, ["airbase"] = EntityType.Location, ["airport"] = EntityType.Location, ["airfield"] = EntityType.Location,
        ["district"] = EntityType.Location, ["line"] = EntityType.Location, ["valley"] = EntityType.Location, ["region"] = EntityType.Location,
        ["diaspora"] = EntityType.Population, ["community"] = EntityType.Population, ["people"] = EntityType.Population,
        ["university"] = EntityType.Organization, ["institute"] = EntityType.Organization, ["group"] = EntityType.Organization,
        ["foundation"] = EntityType.Organization, ["company"] = EntityType.Organization, ["hospital"] = EntityType.Organization,
    };

    /// <summary>The cue of the last cue word in the name, or null. "… Army" is a state army after a country word, else an armed group.</summary>
    public static EntityType? Cue(string name)
    {
        var words = NameKey.Of(name).Split(' ');
        if (words.Length > 1 && words[0] is "camp" or "fort") return EntityType.Location; // "Camp Shorabak", "Fort Hood": a military site
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (words[i] == "army") return i > 0 && IsStateWord(words[0]) ? EntityType.StateAgency : i == 0 ? EntityType.StateAgency : EntityType.MilitantGroup;
            if (Heads.TryGetValue(words[i], out var type)) return type;
        }
        return null;
    }

    private static bool IsStateWord(string word) =>
        word is "pakistan" or "pakistani" or "indian" or "india" or "afghan" or "national" or "royal" or "us" or "chinese" or "iranian" or "russian" or "british" or "bangladesh" or "sri";

    public static EntityType Guess(string name) =>
        Cue(name) ?? (name.Length <= 5 && name.All(c => char.IsUpper(c) || c == '-') ? EntityType.Organization : EntityType.Location);

    /// <summary>An organisation span from the NER, refined by head-noun cues (a Location only when the name is a military site: "Camp X", "X Air Base").</summary>
    public static EntityType GuessOrganisation(string name) => Cue(name) is { } t && (t != EntityType.Location || IsSite(name)) ? t : EntityType.Organization;

    private static bool IsSite(string name)
    {
        var words = NameKey.Of(name).Split(' ');
        return words.Length > 1 && (words[0] is "camp" or "fort" || words[^1] is "base" or "airbase" or "airport" or "airfield");
    }

    /// <summary>A MISC span from the NER counts only when a head noun says what it is ("Dabori agreement").</summary>
    public static EntityType? GuessNamed(string name) => Cue(name) is { } t and (EntityType.Event or EntityType.Project or EntityType.Media or EntityType.MilitantGroup or EntityType.PoliticalGroup) ? t : null;
}
