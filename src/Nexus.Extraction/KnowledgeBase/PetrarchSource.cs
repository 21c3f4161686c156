using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// Armed non-state groups from PETRARCH2's Phoenix.MilNonState.actors.txt (MIT): a head line
/// "NAME_(ACR)_ [CODE]" followed by "+ALIAS_" lines. The code's first three letters give the country when
/// they are an ISO alpha-3 code known to CountryInfo.
/// </summary>
public static class PetrarchSource
{
    public static List<KbEntry> Read(string path, IReadOnlyDictionary<string, string> alpha3ToAlpha2, EntityType type, string prefix)
    {
        var entries = new List<KbEntry>();
        string? head = null, country = null;
        var aliases = new List<string>();
        void Flush()
        {
            if (head is null) return;
            var (name, acronym) = SourceNames.SplitAcronym(SourceNames.Readable(head));
            if (acronym is not null) aliases.Add(acronym);
            if (name.Length > 2)
                entries.Add(new KbEntry($"{prefix}:{entries.Count + 1}", type, name, [.. aliases.Select(a => SourceNames.AcronymCase(a, name)).Distinct().Where(a => a != name)], [], [], country ?? "", "PETRARCH2 " + Path.GetFileName(path) + " (MIT)"));
            head = null;
            aliases.Clear();
        }
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0].TrimEnd();
            if (line.Length == 0) continue;
            if (line[0] == '+')
            {
                if (head is null) continue;
                var (alias, acr) = SourceNames.SplitAcronym(SourceNames.Readable(line[1..].Split('[')[0].Split('+')[0]));
                if (alias.Length > 2) aliases.Add(alias);
                if (acr is not null) aliases.Add(acr);
                continue;
            }
            if (char.IsWhiteSpace(line[0]) || line[0] == '<') continue;
            Flush();
            var bracket = line.IndexOf('[');
            head = bracket > 0 ? line[..bracket] : line;
            var code = bracket > 0 ? line[(bracket + 1)..].TrimEnd(']', ' ') : "";
            country = code.Length >= 3 && alpha3ToAlpha2.TryGetValue(code[..3], out var a2) ? a2 : null;
        }
        Flush();
        return entries;
    }
}
