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

    /// <summary>
    /// Reads several curated files; a folder stands for its *.tsv files in ordinal order. Two rows with one id, or one
    /// name or alias (case-insensitive) given to two ids, are an error: the curated files must not contradict each other.
    /// </summary>
    public static List<KbEntry> ReadAll(IEnumerable<string> paths)
    {
        var entries = new List<KbEntry>();
        var ownerOfName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Expand(paths))
            foreach (var entry in Read(file))
            {
                if (!ids.Add(entry.Id)) throw new FormatException($"{file}: id {entry.Id} is curated twice");
                foreach (var name in entry.Aliases.Prepend(entry.Name))
                    if (!ownerOfName.TryAdd(name, entry.Id) && ownerOfName[name] != entry.Id)
                        throw new FormatException($"{file}: '{name}' of {entry.Id} is already a name of {ownerOfName[name]}");
                entries.Add(entry);
            }
        return entries;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.GetFiles(p, "*.tsv").Order(StringComparer.Ordinal)
            : File.Exists(p) ? new[] { p } : throw new FileNotFoundException($"no such file or folder: {p}", p));
}
