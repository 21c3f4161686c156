using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// <see cref="NameKey.Of"/> and the possessive rule of <see cref="KbKey"/> for ASCII text, on spans: one string
/// per key (none when the key equals its input) instead of a dozen. Tests compare it with the general
/// definition over the whole knowledge base and article text.
/// </summary>
internal static class AsciiNameKey
{
    private static readonly (string From, string To)[] Transliterations =
    [
        ("tehreek", "tehrik"), ("tahrik", "tehrik"), ("mohammed", "muhammad"), ("mohammad", "muhammad"), ("muhammed", "muhammad"),
        ("tayyiba", "taiba"), ("tayyaba", "taiba"), ("toiba", "taiba"), ("qaida", "qaeda"), ("qa'ida", "qaeda"), ("jaysh", "jaish"),
        ("lashkar e", "lashkar"), ("jaish e", "jaish"), ("tehrik e", "tehrik"), ("tehrik i", "tehrik"), ("harkat ul", "harkat"),
    ];

    /// <summary>
    /// ASCII, or characters that Unicode normalization leaves alone and that are neither letters, digits nor marks
    /// (typographic quotes and dashes, no-break space): text the fast path handles exactly.
    /// </summary>
    public static bool Handles(string s)
    {
        foreach (var c in s)
            if (c >= 0x80 && c is not ('’' or '‘' or 'ʼ' or '“' or '”' or '–' or '—' or '\u00A0' or '…')) return false;
        return true;
    }

    /// <summary>Regex <c>(\w)['’]s\b</c> replaced by <c>$1</c>, for text that <see cref="Handles"/>; returns the length written.</summary>
    public static int StripPossessives(ReadOnlySpan<char> s, Span<char> into)
    {
        var n = 0;
        var i = 0;
        while (i < s.Length)
        {
            into[n++] = s[i];
            if (IsWordChar(s[i]) && i + 2 < s.Length && s[i + 1] is '\'' or '’' && s[i + 2] == 's' && (i + 3 == s.Length || !IsWordChar(s[i + 3])))
                i += 3;
            else i++;
        }
        return n;
    }

    /// <summary>The name key of ASCII text; <paramref name="same"/> is returned when the key equals it.</summary>
    public static string Of(ReadOnlySpan<char> name, string? same)
    {
        Span<char> mapped = stackalloc char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            mapped[i] = c is '\'' or '’' or 'ʼ' ? '\'' : char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : ' ';
        }
        Span<(int Start, int Length)> words = stackalloc (int, int)[name.Length / 2 + 1];
        var count = 0;
        for (var i = 0; i < mapped.Length; i++)
        {
            if (mapped[i] == ' ') continue;
            var start = i;
            while (i < mapped.Length && mapped[i] != ' ') i++;
            words[count++] = (start, i - start);
        }
        if (count > 0 && mapped.Slice(words[count - 1].Start, words[count - 1].Length).EndsWith("'s")) words[count - 1].Length -= 2;
        var first = count > 1 && mapped.Slice(words[0].Start, words[0].Length) is "the" or "a" or "an" ? 1 : 0;
        Span<char> key = stackalloc char[name.Length];
        var n = 0;
        for (var w = first; w < count; w++)
        {
            var mark = n;
            if (n > 0) key[n++] = ' ';
            var before = n;
            foreach (var c in mapped.Slice(words[w].Start, words[w].Length))
                if (c != '\'') key[n++] = c;
            if (n == before) n = mark;
        }
        var result = key[..n];
        string? text = null;
        foreach (var (from, to) in Transliterations)
        {
            if (text is null ? result.IndexOf(from, StringComparison.Ordinal) < 0 : !text.Contains(from, StringComparison.Ordinal)) continue;
            text = ReplaceWords(text ?? result.ToString(), from, to);
        }
        if (text is not null) return text;
        return same is not null && result.SequenceEqual(same) ? same : result.ToString();
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or 'ʼ'; // ʼ (U+02BC) is a modifier letter: a word character to \w

    private static string ReplaceWords(string key, string from, string to)
    {
        var padded = " " + key + " ";
        var replaced = padded.Replace(" " + from + " ", " " + to + " ", StringComparison.Ordinal);
        return replaced.Length == padded.Length && replaced == padded ? key : replaced.Trim();
    }
}
