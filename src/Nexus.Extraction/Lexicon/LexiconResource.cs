using System.Reflection;

namespace Nexus.Extraction.Lexicon;

/// <summary>Reads the TSV lexicons embedded in this assembly: rows split on tabs, '#' comment lines and blank lines skipped.</summary>
public static class LexiconResource
{
    public static string ReadText(string fileName)
    {
        var assembly = typeof(LexiconResource).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string[]> Rows(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
