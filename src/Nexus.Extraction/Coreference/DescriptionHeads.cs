using Nexus.Core.Entities;

namespace Nexus.Extraction.Coreference;

/// <summary>The head nouns of definite descriptions and what each may refer to (<see cref="DescriptionHead"/>).</summary>
internal static class DescriptionHeads
{
    private static readonly EntityType[] Armed = [EntityType.MilitantGroup, EntityType.CriminalGroup];
    private static readonly EntityType[] OtherGroups = [EntityType.PoliticalGroup, EntityType.Organization];
    private static readonly EntityType[] Agency = [EntityType.StateAgency];
    private static readonly EntityType[] State = [EntityType.Government];
    private static readonly EntityType[] Place = [EntityType.Location];

    /// <summary>"the group": the nearest group or organisation, but no university, hospital or company ("the group's unit" after "X attacked a college").</summary>
    private static readonly DescriptionHead Group = new([.. Armed, .. OtherGroups], Strict: false, Fits: c => !IsInstitution(c.Name));

    private static readonly string[] Institutions =
    [
        "University", "College", "School", "Academy", "Hospital", "Clinic", "Institute", "Foundation", "Bank", "Company", "Corporation",
        "Airlines", "Airport", "Hotel", "Church", "Mosque", "Museum", "Stadium", "Court",
    ];

    private static bool IsInstitution(string name) => Institutions.Any(w => name.Contains(w, StringComparison.Ordinal));

    /// <summary>"the militants", "the insurgents": plural names of one armed group, only when it is the one in reach.</summary>
    private static readonly DescriptionHead Fighters = new([EntityType.MilitantGroup], Strict: true);

    private static readonly Dictionary<string, DescriptionHead> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["group"] = Group, ["outfit"] = Group, ["organisation"] = Group, ["organization"] = Group, ["faction"] = Group, ["militia"] = Group,
        ["network"] = new([EntityType.CriminalGroup, EntityType.MilitantGroup], false),
        ["gang"] = new([EntityType.CriminalGroup], false), ["cartel"] = new([EntityType.CriminalGroup], false),
        ["agency"] = new(Agency, false), ["service"] = new(Agency, false), ["army"] = new(Agency, false), ["military"] = new(Agency, false),
        ["country"] = new(State, false), ["junta"] = new(State, false), ["regime"] = new(State, false),
        ["movement"] = new([EntityType.MilitantGroup, EntityType.PoliticalGroup], Strict: true),
        ["militants"] = Fighters, ["insurgents"] = Fighters, ["rebels"] = Fighters, ["jihadists"] = Fighters, ["guerrillas"] = Fighters,
        ["extremists"] = Fighters, ["terrorists"] = Fighters,
        ["government"] = new(State, Strict: true), ["administration"] = new(State, Strict: true),
        ["ministry"] = new(Agency, Strict: true, Fits: c => NameHas(c, "Ministry", "Department")),
        ["police"] = new(Agency, Strict: true, Fits: c => NameHas(c, "Police", "Constabulary", "Gendarmerie")),
        ["city"] = new(Place, Strict: true, Fits: IsTown, ArticleWide: true), ["town"] = new(Place, Strict: true, Fits: IsTown, ArticleWide: true),
        ["village"] = new(Place, Strict: true, Fits: IsTown, ArticleWide: true), ["capital"] = new(Place, Strict: true, Fits: IsTown, ArticleWide: true),
        ["province"] = new(Place, Strict: true, Fits: IsProvince, ArticleWide: true),
        ["district"] = new(Place, Strict: true, Fits: IsDistrict, ArticleWide: true),
    };

    /// <summary>The rule of a head word as written ("groups" is no head: a plural is not one antecedent, unless the rule says so).</summary>
    public static DescriptionHead? Of(string word)
    {
        if (Table.TryGetValue(word, out var head)) return head;
        var singular = CorefText.WithoutPossessive(word);
        if (singular == word && word.Length > 2 && word[^1] is '\'' or '’' && word[^2] == 's') singular = word[..^1];
        return singular != word && Table.TryGetValue(singular, out head) ? head : null;
    }

    private static bool NameHas(CorefCandidate c, params string[] words) => words.Any(w => c.Name.Contains(w, StringComparison.Ordinal));

    // The knowledge base's kinds of place are a weak guide to a town (many cities link to the district or province named
    // after them), so a town is a place whose name has no word of a larger division or of a site within a town, and is
    // no province of more than one word ("Northern Ireland", where a one-word province is often its capital's name).
    private static readonly string[] NotTownWords =
    [
        "Province", "Region", "District", "County", "State", "Governorate", "Territory", "Valley", "Mountains", "Desert", "Forest",
        "Lake", "River", "Sea", "Coast", "Border", "Street", "Road", "Avenue", "Square", "Station", "Base", "Camp", "Airport", "Bridge", "Line",
    ];

    private static bool IsTown(CorefCandidate c) =>
        c.KbId?.StartsWith("curated:", StringComparison.Ordinal) != true && !NotTownWords.Any(w => c.Name.Contains(w, StringComparison.Ordinal))
        && !(c.KbId?.StartsWith("geo:a1:", StringComparison.Ordinal) == true && c.Name.Contains(' '));

    private static bool IsProvince(CorefCandidate c) =>
        c.KbId is null ? !c.Name.Contains(' ') || c.Name.Contains("Province", StringComparison.Ordinal) : c.KbId.StartsWith("geo:a1:", StringComparison.Ordinal);

    private static bool IsDistrict(CorefCandidate c) =>
        c.KbId is null ? !c.Name.Contains(' ') || c.Name.Contains("District", StringComparison.Ordinal) : c.KbId.StartsWith("geo:a", StringComparison.Ordinal);
}
