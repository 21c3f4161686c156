using System.Text.RegularExpressions;
using Nexus.Core.Entities;
using Nexus.Extraction.Linking;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// Organisations on the OFAC SDN list (US government work, public domain) under the FTO or SDGT programmes:
/// name and "a.k.a." aliases (an alias may hold an apostrophe, "AL-'ADL"; a cut-off one such as "AL-" is dropped). FTO entries are militant groups; other SDGT entities are typed by head-noun cues.
/// Individuals are left out: the list is for actors, and personal names would flood the matcher.
/// </summary>
public static partial class OfacSource
{
    public static List<KbEntry> Read(string path)
    {
        var entries = new List<KbEntry>();
        foreach (var line in File.ReadLines(path))
        {
            var f = ParseCsv(line);
            if (f.Count < 12 || f[2] != "-0-") continue;
            var program = f[3];
            var fto = program.Contains("FTO", StringComparison.Ordinal);
            if (!fto && !program.Contains("SDGT", StringComparison.Ordinal)) continue;
            var (name, acronym) = SourceNames.SplitAcronym(SourceNames.Readable(f[1]));
            var aliases = Aka().Matches(f[11]).Select(m => SourceNames.Readable(m.Groups[1].Value)).ToList();
            if (acronym is not null) aliases.Add(acronym);
            var type = fto ? EntityType.MilitantGroup : Refine(TypeCues.Guess(name));
            entries.Add(new KbEntry("ofac:" + f[0], type, name, [.. aliases.Distinct().Where(a => a.Length > 1 && (char.IsLetterOrDigit(a[^1]) || a[^1] == '.'))], [], [], "", "OFAC SDN list, program " + program.Replace("] [", " ", StringComparison.Ordinal) + " (public domain)"));
        }
        return entries;
    }

    private static EntityType Refine(EntityType guess) => guess == EntityType.Location ? EntityType.Organization : guess;

    internal static List<string> ParseCsv(string line)
    {
        var fields = new List<string>();
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var end = line.IndexOf('"', i + 1);
                if (end < 0) end = line.Length;
                fields.Add(line[(i + 1)..end]);
                i = end + 2;
            }
            else
            {
                var end = line.IndexOf(',', i);
                if (end < 0) end = line.Length;
                fields.Add(line[i..end].Trim());
                i = end + 1;
            }
        }
        return fields;
    }

    [GeneratedRegex(@"a\.k\.a\. '(.+?)'(?=[;.]|$)")]
    private static partial Regex Aka();
}
