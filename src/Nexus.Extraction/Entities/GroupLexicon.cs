using Nexus.Core.Entities;

namespace Nexus.Extraction.Entities;

/// <summary>
/// Words that make lower-case group actors in reporting: ethnic, religious and ideological modifiers
/// ("Baloch", "Sikh", "Khalistani", "jihadi"), group head nouns by the type they signal, and the nouns
/// that make a demonym a metonym for its state ("Pakistani officials", "Indian agencies").
/// </summary>
public static class GroupLexicon
{
    /// <summary>Ethnic, religious and movement modifiers (general knowledge), by their root.</summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Baloch", "Baluch", "Balochi", "Balochistan", "Pashtun", "Pakhtun", "Sindhi", "Punjabi", "Kashmiri", "Sikh", "Hindu", "Muslim",
        "Christian", "Shia", "Shiite", "Sunni", "Ahmadi", "Hazara", "Tamil", "Bengali", "Rohingya", "Uyghur", "Uighur", "Kurdish",
        "Khalistani", "Khalistan", "Naxal", "Naxalite", "Maoist", "Islamist", "Jihadi", "Jihadist", "Salafi", "Salafist", "Deobandi",
        "Hindutva", "Tibetan", "Mohajir", "Muhajir", "Tajik", "Uzbek", "Arab", "Yazidi", "Druze", "Alawite", "Manipuri", "Naga", "Mizo",
        "Indigenous",
    };

    /// <summary>Adjectives that may sit between the modifier and the head ("Baloch nationalist groups").</summary>
    public static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "nationalist", "separatist", "terrorist", "terror", "militant", "armed", "insurgent", "extremist", "jihadi", "radical",
        "criminal", "political", "rebel", "secessionist", "sectarian", "underground", "banned", "proscribed", "pro-Khalistan",
        "religious", "ethnic",
    };

    public static readonly HashSet<string> ArmedAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "nationalist", "separatist", "terrorist", "terror", "militant", "armed", "insurgent", "extremist", "jihadi", "radical", "rebel", "secessionist",
    };

    /// <summary>Plural or collective heads that name a group actor, by the type they give.</summary>
    public static readonly Dictionary<string, EntityType> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["groups"] = EntityType.MilitantGroup, ["group"] = EntityType.MilitantGroup, ["separatists"] = EntityType.MilitantGroup,
        ["insurgents"] = EntityType.MilitantGroup, ["militants"] = EntityType.MilitantGroup, ["operatives"] = EntityType.MilitantGroup,
        ["elements"] = EntityType.MilitantGroup, ["networks"] = EntityType.MilitantGroup, ["outfits"] = EntityType.MilitantGroup,
        ["movement"] = EntityType.MilitantGroup, ["rebels"] = EntityType.MilitantGroup, ["fighters"] = EntityType.MilitantGroup,
        ["terrorists"] = EntityType.MilitantGroup, ["extremists"] = EntityType.MilitantGroup, ["jihadists"] = EntityType.MilitantGroup,
        ["factions"] = EntityType.MilitantGroup, ["organisations"] = EntityType.MilitantGroup, ["organizations"] = EntityType.MilitantGroup,
        ["activists"] = EntityType.PoliticalGroup, ["parties"] = EntityType.PoliticalGroup,
        ["community"] = EntityType.Population, ["communities"] = EntityType.Population, ["diaspora"] = EntityType.Population,
        ["people"] = EntityType.Population, ["population"] = EntityType.Population, ["minority"] = EntityType.Population,
        ["minorities"] = EntityType.Population, ["tribes"] = EntityType.Population, ["pilgrims"] = EntityType.Population,
    };

    /// <summary>Heads that, after a demonym, stand for the state itself ("Pakistani officials").</summary>
    public static readonly HashSet<string> StateHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "agencies", "authorities", "government", "establishment", "state", "administration", "leadership", "officers",
        "ministers",
    };

    /// <summary>Lower-case criminal descriptors: modifier and head ("gangster network", "organised criminal gangs").</summary>
    public static readonly HashSet<string> CriminalModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "gangster", "criminal", "crime", "smuggling", "extortion", "narcotics", "drug", "trafficking", "mafia",
    };

    public static readonly HashSet<string> CriminalHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "network", "networks", "gang", "gangs", "wing", "syndicate", "syndicates", "cartel", "cartels", "ring", "rings",
    };

    /// <summary>A comparable root for a modifier: "Khalistani", "Khalistan" → "khal"; "Balochistan", "Baloch" → "baloch".</summary>
    public static string Root(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length > 5 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) w = w[..^1]; // "Khalistanis", "Sikhs"
        if (w.EndsWith("istani", StringComparison.Ordinal)) w = w[..^6];
        else if (w.EndsWith("istan", StringComparison.Ordinal)) w = w[..^5];
        else if (w.EndsWith("ni", StringComparison.Ordinal) && w.Length > 5) w = w[..^2];
        else if (w.EndsWith('i') && w.Length > 4) w = w[..^1];
        return w;
    }
}
