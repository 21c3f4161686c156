namespace Nexus.Text.Tokenization;

/// <summary>The character classes, word lists and small decisions behind <see cref="EwtTokenizer"/>.</summary>
internal static class TokenRules
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Gov", "Sen", "Rep", "St",
        "Jr", "Sr", "Rev", "Hon", "Pres", "Inc", "Ltd", "Corp", "Co", "Bros", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Mt", "Ft", "Ave", "Blvd", "Rd", "Univ", "Dept", "Gens",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Gov.", "Sen.",
        "Rep.", "St.", "Rev.", "Hon.", "Pres.", "Mt.", "Ft.", "Gens.",
    };

    /// <summary>Prefixes EWT keeps joined to the rest of a hyphenated word ("e-mail", "non-human", "pre-war").</summary>
    private static readonly HashSet<string> JoinedPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "non", "pre", "mid", "re", "anti", "post", "co", "pro", "multi", "over", "ex", "semi", "sub", "psycho", "neo",
        "cross", "counter", "un", "socio", "micro", "intra", "inter", "vice", "arch", "self", "well",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = JoinedPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '{' or '<' or '«' or '$' or '£' or '€' or '¥'
        or '#' or '*' or '¿' or '¡' or '„' or '`' or '-' or '–' or '—' or '…' or '~' or '>' or '=' or '_' or '|' or '@' or '/' or '&' or '+';

    public static bool IsCloser(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']'
        or '}' or '>' or '»' or '%' or '…' or '*' or '-' or '–' or '—' or '~' or '=' or '_' or '|' or '/' or '&' or '+';

    /// <summary>Marks that form one token when repeated ("...", "!!", "--", "<<", "***").</summary>
    private static bool Groups(char c) => c is '.' or '!' or '?' or '-' or '*' or '<' or '>' or '=' or '_' or '~' or '#' or '|';

    public static int RunEnd(string text, int start, int end)
    {
        var c = text[start];
        var k = start + 1;
        if (!Groups(c)) return k;
        var sentenceEnd = c is '.' or '!' or '?';
        while (k < end && (text[k] == c || sentenceEnd && text[k] is '.' or '!' or '?')) k++;
        return k;
    }

    public static int RunStart(string text, int start, int end)
    {
        var c = text[end - 1];
        var k = end - 1;
        if (!Groups(c)) return k;
        var sentenceEnd = c is '.' or '!' or '?';
        while (k > start && (text[k - 1] == c || sentenceEnd && text[k - 1] is '.' or '!' or '?')) k--;
        return k;
    }

    public static bool IsUrlOrEmail(ReadOnlySpan<char> chunk)
    {
        if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        var at = chunk.IndexOf('@');
        return at > 0 && chunk[(at + 1)..].IndexOf('.') > 0 && char.IsLetterOrDigit(chunk[at - 1]);
    }

    /// <summary>"U.S.", "a.m.", "J.", "Dr.", "etc.": a word that owns its final period.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> withPeriod)
    {
        var word = withPeriod[..^1];
        if (word.Length == 0) return false;
        if (word.Length == 1) return char.IsUpper(word[0]);
        if (AbbreviationLookup.Contains(word)) return true;
        if (word.IndexOf('.') < 0) return false;
        foreach (var c in word) if (!char.IsLetter(c) && c != '.') return false;
        return true;
    }

    /// <summary>Titles never end a sentence ("Dr. Smith").</summary>
    public static bool IsTitle(ReadOnlySpan<char> token) => TitleLookup.Contains(token);

    /// <summary>A clitic written apart from its host: "'s", "’re", "n't".</summary>
    public static bool IsBareClitic(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > 3) return false;
        if (w.Length == 3 && w[0] is 'n' or 'N' && w[1] is '\'' or '’' && w[2] is 't' or 'T') return true;
        if (w[0] is not ('\'' or '’')) return false;
        var rest = w[1..];
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("m", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ve", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where a clitic starts in a word (n't, 's, 're, 've, 'll, 'd, 'm; cannot, gonna, wanna, gotta), or -1.</summary>
    public static int CliticStart(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (n >= 4 && (w[n - 2] is '\'' or '’') && w[n - 3] is 'n' or 'N' && w[n - 1] is 't' or 'T') return n - 3;
        if (n >= 3 && (w[n - 2] is '\'' or '’') && w[n - 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M' && char.IsLetterOrDigit(w[n - 3])) return n - 2;
        if (n >= 4 && (w[n - 3] is '\'' or '’') && char.IsLetter(w[n - 4]) && (EndsWith(w, "re") || EndsWith(w, "ve") || EndsWith(w, "ll"))) return n - 3;
        if (n == 6 && w.Equals("cannot", StringComparison.OrdinalIgnoreCase)) return 3;
        if (n == 5 && (w.Equals("gonna", StringComparison.OrdinalIgnoreCase) || w.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || w.Equals("gotta", StringComparison.OrdinalIgnoreCase))) return 3;
        return -1;
    }

    private static bool EndsWith(ReadOnlySpan<char> w, string suffix) => w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the hyphen at <paramref name="k"/> splits the word: not after a joined prefix at the word start, not between digits.</summary>
    public static bool SplitsHyphen(string text, int wordStart, int segment, int k, int end)
    {
        if (!char.IsLetterOrDigit(text[k - 1]) || !char.IsLetterOrDigit(text[k + 1])) return k > segment;
        if (char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1])) return false;
        if (segment == wordStart && PrefixLookup.Contains(text.AsSpan(segment, k - segment))) return false;
        return true;
    }

    /// <summary>"and/or", "he/she": a slash between two words of letters (dates and "l/c" stay whole).</summary>
    public static bool IsWordSlash(string text, int segment, int k, int end)
    {
        for (var i = segment; i < k; i++) if (!char.IsLetter(text[i])) return false;
        var letters = 0;
        for (var i = k + 1; i < end && text[i] != '/'; i++) { if (!char.IsLetter(text[i])) return false; letters++; }
        return letters >= 2;
    }
}
