using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// The shipped KB file: gzip-compressed UTF-8, one entry per line, tab-separated
/// id, type, name, aliases, demonyms, capitals, country, source (lists joined with '|').
/// </summary>
public static class KnowledgeBaseFile
{
    public static void Write(string path, IEnumerable<KbEntry> entries)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# nexus knowledge base: id\ttype\tname\taliases\tdemonyms\tcapitals\tcountry\tsource");
        foreach (var e in entries)
            writer.WriteLine(string.Join('\t', e.Id, e.Type, Clean(e.Name), Join(e.Aliases), Join(e.Demonyms), Join(e.Capitals), e.Country, Clean(e.Source)));
    }

    public static List<KbEntry> Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var entries = new List<KbEntry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 8 || !Enum.TryParse<EntityType>(f[1], out var type)) continue;
            entries.Add(new KbEntry(f[0], type, f[2], Split(f[3]), Split(f[4]), Split(f[5]), f[6], f[7]));
        }
        return entries;
    }

    private static string Join(ImmutableArray<string> items) => string.Join('|', items.Select(Clean));

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('|', '/').Replace('\n', ' ');

    private static ImmutableArray<string> Split(string s) =>
        s.Length == 0 ? [] : [.. s.Split('|', StringSplitOptions.RemoveEmptyEntries)];
}
