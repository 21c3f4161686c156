namespace Nexus.Text.Tokenization;

/// <summary>The character classes, word lists and small decisions behind <see cref="EwtTokenizer"/>.</summary>
internal static class TokenRules
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Gov", "Sen", "Rep", "St",
        "Jr", "Sr", "Rev", "Hon", "Pres", "Inc", "Ltd", "Corp", "Co", "Bros", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Mt", "Ft", "Ave", "Blvd", "Rd", "Univ", "Dept", "Gens", "No",
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
        "cross", "counter", "un", "socio", "micro", "intra", "inter", "vice", "arch",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = JoinedPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '{' or '<' or '«' or '$' or '£' or '€' or '¥'
        or '#' or '*' or '¿' or '¡' or '„' or '`' or '-' or '–' or '—' or '…' or '~' or '>' or '=' or '_' or '|' or '@' or '/' or '&' or '+';

    public static bool IsCloser(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or ']'
        or '}' or '>' or '»' or '%' or '…' or '*' or '-' or '–' or '—' or '~' or '=' or '_' or '|' or '/' or '&' or '+';

    /// <summary>Marks that form one token when repeated ("...", "!!", "--", "<<", "***", "''").</summary>
    private static bool Groups(char c) => c is '.' or '!' or '?' or '-' or '*' or '<' or '>' or '=' or '_' or '~' or '#' or '|' or '\'' or '’' or '‘' or '`';

    private static bool SameGroup(char c, char d) => c == d || c is '.' or '!' or '?' && d is '.' or '!' or '?'
        || c is '\'' or '’' or '‘' or '`' && d is '\'' or '’' or '‘' or '`';

    public static int RunEnd(string text, int start, int end)
    {
        var c = text[start];
        var k = start + 1;
        if (!Groups(c)) return k;
        while (k < end && SameGroup(c, text[k])) k++;
        return k;
    }

    public static int RunStart(string text, int start, int end)
    {
        var c = text[end - 1];
        var k = end - 1;
        if (!Groups(c)) return k;
        while (k > start && SameGroup(c, text[k - 1])) k--;
        return k;
    }

    /// <summary>What may trail a URL or e-mail address without belonging to it.</summary>
    public static bool IsUrlCloser(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or ')' or ']' or '>' or '”' or '’';

    private static readonly string[] Emoticons = [":)", ":-)", ";)", ";-)", ":(", ":-(", ":D", ":-D", ":P", ":p", ":-P", ":/", ":'(", "=)", "<3"];

    /// <summary>Length of an emoticon starting the span, or 0.</summary>
    public static int EmoticonLength(ReadOnlySpan<char> s)
    {
        foreach (var e in Emoticons)
            if (s.StartsWith(e, StringComparison.Ordinal) && (s.Length == e.Length || !char.IsLetterOrDigit(s[e.Length]))) return e.Length;
        return 0;
    }

    private static readonly HashSet<string> NoApostropheNegations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dont", "didnt", "doesnt", "cant", "wont", "isnt", "wasnt", "arent", "werent", "couldnt", "wouldnt", "shouldnt",
        "havent", "hasnt", "hadnt", "aint",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = NoApostropheNegations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where a number's unit starts ("5|pm", "5|kg", "$2|b"), or -1; ordinals and decades ("20th", "1970s") stay whole.</summary>
    public static int UnitStart(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || !char.IsDigit(w[0])) return -1;
        var k = 0;
        while (k < w.Length && (char.IsDigit(w[k]) || w[k] is '.' or ',' or ':' && k + 1 < w.Length && char.IsDigit(w[k + 1]))) k++;
        if (k == w.Length || k == 0) return -1;
        for (var i = k; i < w.Length; i++) if (!char.IsLetter(w[i])) return -1;
        var unit = w[k..];
        if (unit.Equals("st", StringComparison.OrdinalIgnoreCase) || unit.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("rd", StringComparison.OrdinalIgnoreCase) || unit.Equals("th", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("s", StringComparison.OrdinalIgnoreCase) || unit.Length > 3) return -1;
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
        var segment = 0;
        foreach (var c in word)
        {
            if (c == '.') { if (segment == 0) return false; segment = 0; continue; }
            if (!char.IsLetter(c) || ++segment > 3) return false;
        }
        return segment > 0;
    }

    /// <summary>Titles never end a sentence ("Dr. Smith").</summary>
    public static bool IsTitle(ReadOnlySpan<char> token) => TitleLookup.Contains(token);

    /// <summary>A clitic written apart from its host: "'s", "’re", "n't".</summary>
    public static bool IsBareClitic(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > 3) return false;
        if (w[0] == '`' && w.Length == 2 && w[1] is 's') return true;
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
        if (n >= 3 && (w[n - 2] is '\'' or '’' or '`') && w[n - 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M' && char.IsLetterOrDigit(w[n - 3])) return n - 2;
        if (n >= 4 && (w[n - 3] is '\'' or '’') && char.IsLetter(w[n - 4]) && (EndsWith(w, "re") || EndsWith(w, "ve") || EndsWith(w, "ll"))) return n - 3;
        if (n == 6 && w.Equals("cannot", StringComparison.OrdinalIgnoreCase)) return 3;
        if (n >= 4 && NegationLookup.Contains(w)) return n - 2;
        if (n == 2 && w.Equals("im", StringComparison.OrdinalIgnoreCase)) return 1;
        if (n == 5 && (w.Equals("thats", StringComparison.OrdinalIgnoreCase) || w.Equals("whats", StringComparison.OrdinalIgnoreCase))) return 4;
        if (n == 5 && (w.Equals("gonna", StringComparison.OrdinalIgnoreCase) || w.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || w.Equals("gotta", StringComparison.OrdinalIgnoreCase))) return 3;
        return -1;
    }

    private static bool EndsWith(ReadOnlySpan<char> w, string suffix) => w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the hyphen at <paramref name="k"/> splits the word: not after a joined prefix at the word start, not between digits.</summary>
    public static bool SplitsHyphen(string text, int wordStart, int segment, int k, int end)
    {
        if (!char.IsLetterOrDigit(text[k - 1]) || !char.IsLetterOrDigit(text[k + 1])) return k > segment;
        if (char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1])) return !IsPhoneNumber(text.AsSpan(wordStart, end - wordStart));
        if (segment == wordStart && PrefixLookup.Contains(text.AsSpan(segment, k - segment))) return false;
        return true;
    }

    /// <summary>"713-853-3989", "345-9945": digit groups joined by hyphens that a number range ("5-10") is not.</summary>
    private static bool IsPhoneNumber(ReadOnlySpan<char> w)
    {
        int hyphens = 0, group = 0, first = -1;
        foreach (var c in w)
        {
            if (c == '-') { if (first < 0) first = group; hyphens++; group = 0; }
            else if (char.IsDigit(c)) group++;
            else return false;
        }
        return hyphens >= 2 || first == 3 && group == 4;
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
