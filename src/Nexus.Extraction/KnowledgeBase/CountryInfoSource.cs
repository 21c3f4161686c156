using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// Countries from CountryInfo.txt (PETRARCH/TABARI, MIT): name, ISO alpha-2 code, nationality forms
/// (adjectival ones become demonyms, the rest aliases) and capitals. The file gives a few countries another
/// country's alpha-2 code (Israel has Iceland's "IS", Guatemala Guadeloupe's "GP", Myanmar Mozambique's "MZ", Guinea
/// Papua New Guinea's "PG"), so the code of <paramref name="isoByName"/> (countrystatecity) wins where it names the
/// country; a code still taken twice keeps the first country.
/// </summary>
public static class CountryInfoSource
{
    public static List<KbEntry> Read(string path, IReadOnlyDictionary<string, string>? isoByName = null)
    {
        var entries = new List<KbEntry>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        string? name = null, code = null, section = null;
        List<string> aliases = [], demonyms = [], capitals = [];
        foreach (var raw in File.ReadLines(path, System.Text.Encoding.Latin1))
        {
            var line = raw.Split('#')[0].Trim();
            if (line == "<Country>") { name = code = null; aliases = []; demonyms = []; capitals = []; continue; }
            if (line == "</Country>")
            {
                if (name is not null && isoByName is not null && isoByName.TryGetValue(name, out var iso))
                    code = iso;
                if (name is not null && code is { Length: 2 } && code.All(char.IsAsciiLetterUpper) && used.Add(code))
                    entries.Add(new KbEntry(KbEntry.CountryIdPrefix + code, EntityType.Government, name, [.. aliases.Distinct()], [.. demonyms.Distinct()], [.. capitals.Distinct()], code, "CountryInfo.txt (PETRARCH2, MIT)"));
                continue;
            }
            if (TryField(line, "CountryName", out var v)) name = SourceNames.Readable(v);
            else if (TryField(line, "ISO3166-alpha2", out v)) code = v.Trim();
            else if (line.StartsWith("</", StringComparison.Ordinal)) section = null;
            else if (line is "<Nationality>" or "<Capital>") section = line;
            else if (section is not null && line.Length > 1)
            {
                var form = SourceNames.Readable(line.TrimEnd('_'));
                if (form.Split(' ').Length > 3) continue;
                if (section == "<Capital>") capitals.Add(form);
                else if (IsAdjectival(form) && form != name) demonyms.Add(form);
                else aliases.Add(form);
            }
        }
        return entries;
    }

    private static bool TryField(string line, string tag, out string value)
    {
        var open = $"<{tag}>";
        value = string.Empty;
        if (!line.StartsWith(open, StringComparison.Ordinal)) return false;
        var end = line.IndexOf("</", StringComparison.Ordinal);
        value = end > open.Length ? line[open.Length..end] : line[open.Length..];
        return true;
    }

    private static bool IsAdjectival(string form) =>
        form.IndexOf(' ') < 0 && !form.EndsWith("stan", StringComparison.Ordinal) && (form.EndsWith("an", StringComparison.Ordinal) || form.EndsWith("ani", StringComparison.Ordinal)
            || form.EndsWith("ish", StringComparison.Ordinal) || form.EndsWith("ese", StringComparison.Ordinal)
            || form.EndsWith("i", StringComparison.Ordinal) || form.EndsWith("ic", StringComparison.Ordinal));
}
