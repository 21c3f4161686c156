using System.Collections.Immutable;
using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// Builds the shipped KB from shared/data and the curated files. Order is precedence: curated entries first,
/// then countries, armed groups (PETRARCH2), international actors, OFAC FTO/SDGT organisations, places.
/// Country entries with one id ("country:PK") are merged, curated name first. The UN Security Council list is
/// evaluation-only under the data licence rule and is deliberately not read. UD EWT train supplies the ordinary
/// English words that dictionary aliases may not be.
/// </summary>
public static class KnowledgeBaseBuilder
{
    public static List<KbEntry> Build(string dataDirectory, IEnumerable<string> curatedPaths, Action<string>? log = null)
    {
        var curated = CuratedSource.ReadAll(curatedPaths);
        var countries = CountryInfoSource.Read(Path.Combine(dataDirectory, "countryinfo", "CountryInfo.120116.txt"),
            IsoCodesByName(Path.Combine(dataDirectory, "gazetteer", "countrystatecity", "countries.json")));
        var alpha3 = ReadAlpha3(Path.Combine(dataDirectory, "countryinfo", "CountryInfo.120116.txt"));
        var petrarch = Path.Combine(dataDirectory, "petrarch2-dictionaries");
        var groups = PetrarchSource.Read(Path.Combine(petrarch, "Phoenix.MilNonState.actors.txt"), alpha3, EntityType.MilitantGroup, "petrarch");
        var ofac = OfacSource.Read(Path.Combine(dataDirectory, "sanctions", "ofac-sdn", "sdn.csv"));
        var places = GeoNamesSource.Read(Path.Combine(dataDirectory, "gazetteer", "geonames-cities-json"));
        var ordinary = CommonWordAliases.ReadOrdinaryWords(Path.Combine(dataDirectory, "ud-english-ewt", "en_ewt-ud-train.conllu"));
        log?.Invoke($"curated {curated.Count}, countries {countries.Count}, armed groups {groups.Count}, OFAC {ofac.Count}, places {places.Count}");

        var merged = new List<KbEntry>();
        var countryById = countries.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var entry in curated)
            merged.Add(countryById.Remove(entry.Id, out var info) ? Merge(entry, info) : entry);
        merged.AddRange(countryById.Values.OrderBy(c => c.Id, StringComparer.Ordinal));
        // Dictionary aliases are not curated: ordinary words among them ("Organization") are dropped.
        merged.AddRange(groups.Select(g => CommonWordAliases.Filter(g, ordinary)));
        merged.AddRange(ofac.Select(o => CommonWordAliases.Filter(o, ordinary)));
        merged.AddRange(places);
        return merged;
    }

    private static KbEntry Merge(KbEntry curated, KbEntry info) => curated with
    {
        Aliases = [.. curated.Aliases.Concat(info.AllNames).Where(a => a != curated.Name).Distinct()],
        Demonyms = [.. curated.Demonyms.Concat(info.Demonyms).Distinct()],
        Capitals = [.. curated.Capitals.Concat(info.Capitals).Distinct()],
        Source = curated.Source + "; " + info.Source,
    };

    /// <summary>ISO 3166 alpha-2 codes by country name, from countrystatecity's countries.json (ODbL); empty when the file is absent.</summary>
    private static Dictionary<string, string> IsoCodesByName(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path)) return map;
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        foreach (var c in doc.RootElement.EnumerateArray())
            if (c.TryGetProperty("name", out var n) && c.TryGetProperty("iso2", out var iso) && n.GetString() is { } name && iso.GetString() is { Length: 2 } code)
                map.TryAdd(name, code);
        return map;
    }

    private static Dictionary<string, string> ReadAlpha3(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string? a3 = null;
        foreach (var line in File.ReadLines(path, System.Text.Encoding.Latin1))
        {
            var t = line.Trim();
            if (t.StartsWith("<CountryCode>", StringComparison.Ordinal)) a3 = t[13..16];
            else if (t.StartsWith("<ISO3166-alpha2>", StringComparison.Ordinal) && a3 is not null && t.Length >= 18) map[a3] = t[16..18];
        }
        return map;
    }

    public static ImmutableDictionary<string, int> CountByType(IEnumerable<KbEntry> entries) =>
        entries.GroupBy(e => e.Type.ToString()).ToImmutableDictionary(g => g.Key, g => g.Count());
}
