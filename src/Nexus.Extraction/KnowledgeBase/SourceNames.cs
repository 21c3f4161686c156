using System.Globalization;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>Turns dictionary spellings ("LASHKAR-E-TAIBA_(LET)_", "UNITED_KINGDOM") into readable names.</summary>
public static class SourceNames
{
    private static readonly HashSet<string> LowerWords = new(StringComparer.Ordinal) { "of", "and", "the", "for", "in", "de", "du", "al", "ul", "e", "i", "wal", "ud" };

    /// <summary>Title-cases an upper-case name, keeping connectives and acronym-like words.</summary>
    public static string Readable(string raw)
    {
        var words = raw.Replace('_', ' ').Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
            words[w] = string.Join('-', words[w].Split('-').Select((part, p) => Part(part, w == 0 && p == 0)));
        return string.Join(' ', words);
    }

    private static string Part(string part, bool first)
    {
        if (part.Length == 0) return part;
        var lower = part.ToLowerInvariant();
        if (!first && LowerWords.Contains(lower)) return lower;
        if (part.Length <= 3 && part.All(char.IsUpper) && !IsVowelWord(part)) return part;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(lower);
    }

    private static bool IsVowelWord(string part) => part.Any(c => "AEIOU".Contains(c)) && part.Length == 3 && part is not ("ISI" or "LET" or "IRA");

    /// <summary>Splits "NAME (ACR)" into the name and its bracketed acronym.</summary>
    public static (string Name, string? Acronym) SplitAcronym(string name)
    {
        var open = name.IndexOf('(');
        var close = name.IndexOf(')', Math.Max(open, 0));
        if (open <= 0 || close < open) return (name.Trim(), null);
        var acronym = name[(open + 1)..close].Trim();
        return (name[..open].Trim(), acronym.Length is > 1 and < 10 ? acronym : null);
    }

    /// <summary>
    /// Sources written all in capitals lose the case of their acronyms when made readable ("Ltte", "Plo", "Ana"), and a
    /// title-case acronym matches ordinary words and first names. A one-word alias of two to four letters that the
    /// initials of the name's words spell in order is an acronym and goes back to capitals.
    /// </summary>
    public static string AcronymCase(string alias, string name)
    {
        if (alias.Length is < 2 or > 4 || !alias.All(char.IsLetter) || alias.All(char.IsUpper)) return alias;
        var initials = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]));
        var k = 0;
        foreach (var c in initials)
            if (k < alias.Length && c == char.ToUpperInvariant(alias[k])) k++;
        return k == alias.Length ? alias.ToUpperInvariant() : alias;
    }
}
