using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>The curated TSV of actors (id, type, name, aliases, country, source): general public knowledge, each row with its source.</summary>
public static class CuratedSource
{
    public static List<KbEntry> Read(string path)
    {
        var entries = new List<KbEntry>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t').Select(x => x.Trim()).ToArray();
            if (f.Length < 6 || !Enum.TryParse<EntityType>(f[1], out var type))
                throw new FormatException($"{path}:{lineNo}: expected id, type, name, aliases, country, source");
            var aliases = f[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entries.Add(new KbEntry(f[0], type, f[2], [.. aliases.Distinct()], [], [], f[4], f[5]));
        }
        return entries;
    }
}
