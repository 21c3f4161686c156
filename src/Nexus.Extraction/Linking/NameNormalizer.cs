using System.Globalization;
using System.Text;

namespace Nexus.Extraction.Linking;

/// <summary>Folds the spellings of one name together: case, diacritics, dashes, possessives, a leading "the".</summary>
public static class NameNormalizer
{
    public static string Normalize(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '-' or '–' or '—' or '‐' or '_' or '/') { sb.Append(' '); continue; }
            if (c is '’' or '\'' ) { sb.Append('\''); continue; }
            if (char.IsLetterOrDigit(c) || c == ' ') sb.Append(char.ToLowerInvariant(c));
            else sb.Append(' ');
        }
        var s = sb.ToString();
        if (s.EndsWith("'s", StringComparison.Ordinal)) s = s[..^2];
        s = s.Replace("'", string.Empty, StringComparison.Ordinal);
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && words[0] is "the" or "a" or "an" ? 1 : 0;
        return string.Join(' ', words, start, words.Length - start);
    }
}
