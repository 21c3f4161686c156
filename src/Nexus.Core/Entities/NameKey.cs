using System.Globalization;
using System.Text;

namespace Nexus.Core.Entities;

/// <summary>
/// The key under which spellings of one name meet: case, diacritics, dashes, apostrophes, a possessive
/// and a leading article folded away, and common transliteration variants of South and West Asian
/// names folded together ("Tehrik-i-Taliban" and "Tehreek-e-Taliban" share a key).
/// </summary>
public static class NameKey
{
    private static readonly (string From, string To)[] Transliterations =
    [
        ("tehreek", "tehrik"), ("tahrik", "tehrik"), ("mohammed", "muhammad"), ("mohammad", "muhammad"), ("muhammed", "muhammad"),
        ("tayyiba", "taiba"), ("tayyaba", "taiba"), ("toiba", "taiba"), ("qaida", "qaeda"), ("qa'ida", "qaeda"), ("jaysh", "jaish"),
        ("lashkar e", "lashkar"), ("jaish e", "jaish"), ("tehrik e", "tehrik"), ("tehrik i", "tehrik"), ("harkat ul", "harkat"),
    ];

    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '’' or '\'' or 'ʼ') sb.Append('\'');
            else if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else sb.Append(' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[^1].EndsWith("'s", StringComparison.Ordinal)) words[^1] = words[^1][..^2];
        if (words.Count > 1 && words[0] is "the" or "a" or "an") words.RemoveAt(0);
        var key = string.Join(' ', words.Select(w => w.Replace("'", string.Empty, StringComparison.Ordinal)).Where(w => w.Length > 0));
        foreach (var (from, to) in Transliterations)
            key = ReplaceWords(key, from, to);
        return key;
    }

    private static string ReplaceWords(string key, string from, string to)
    {
        var padded = " " + key + " ";
        var replaced = padded.Replace(" " + from + " ", " " + to + " ", StringComparison.Ordinal);
        return replaced.Length == padded.Length && replaced == padded ? key : replaced.Trim();
    }
}
