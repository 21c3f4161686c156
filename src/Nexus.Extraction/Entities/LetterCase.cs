namespace Nexus.Extraction.Entities;

/// <summary>How a word or name is written, for the recognizers and the KB matcher.</summary>
internal static class LetterCase
{
    /// <summary>No lower-case letter: "ISI", "NAIROBI", "U.S.", and (vacuously) "1990" or "-".</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>Begins with a capital: "Kabul", "ISI"; not "kabul", "" or "1990".</summary>
    public static bool StartsUpper(ReadOnlySpan<char> s) => s.Length > 0 && char.IsUpper(s[0]);
}
