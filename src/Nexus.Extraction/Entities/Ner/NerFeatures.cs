namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// The NER's features, hashed (FNV-1a, 64 bit) from template id and characters with no allocation: the word
/// and its neighbours lower-cased, word shapes, affixes, the previous two predicted labels, knowledge-base
/// tags around the word, and whether the sentence is in title case (headlines).
/// </summary>
public static class NerFeatures
{
    public const int MaxFeatures = 48;
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static int Extract(NerSentence s, ReadOnlySpan<byte> lexicon, int i, int prev, int prev2, int casing, Span<ulong> into)
    {
        var n = ExtractStatic(s, lexicon, i, casing, into);
        return n + History(s, lexicon, i, prev, prev2, into[n..]);
    }

    /// <summary>The features of the previous two labels (and of the previous label with the word and its lexicon code).</summary>
    public static int History(NerSentence s, ReadOnlySpan<byte> lexicon, int i, int prev, int prev2, Span<ulong> into)
    {
        into[0] = Mix(Mix(Offset, 40), (ulong)prev);
        into[1] = Mix(Mix(Mix(Offset, 41), (ulong)prev), (ulong)prev2);
        into[2] = Lower(Mix(Mix(Offset, 42), (ulong)prev), s.Token(i));
        if (lexicon.Length == 0) return 3;
        into[3] = Mix(Mix(Mix(Offset, 84), lexicon[i]), (ulong)(prev + 1));
        return 4;
    }

    /// <summary>The features that do not depend on earlier labels.</summary>
    public static int ExtractStatic(NerSentence s, ReadOnlySpan<byte> lexicon, int i, int casing, Span<ulong> into)
    {
        var n = 0;
        var titleCase = (casing & Title) != 0;
        var fold = (casing & Upper) != 0;
        into[n++] = Mix(Offset, 0);
        var w = s.Token(i);
        into[n++] = Lower(Mix(Offset, 1), w);
        var shape = Shape(Mix(Offset, 2), w, fold);
        into[n++] = shape;
        for (var k = 1; k <= 4; k++)
        {
            if (w.Length < k) break;
            into[n++] = Lower(Mix(Offset, (ulong)(10 + k)), w[..k]);
            into[n++] = Lower(Mix(Offset, (ulong)(20 + k)), w[^k..]);
        }
        into[n++] = Neighbour(s, i - 1, 30);
        into[n++] = Neighbour(s, i + 1, 31);
        into[n++] = Neighbour(s, i - 2, 32);
        into[n++] = Neighbour(s, i + 2, 33);
        into[n++] = i > 0 ? Shape(Mix(Offset, 34), s.Token(i - 1), fold) : Mix(Offset, 35);
        into[n++] = i + 1 < s.Count ? Shape(Mix(Offset, 36), s.Token(i + 1), fold) : Mix(Offset, 37);
        into[n++] = Mix(shape, i == 0 ? 43UL : 44UL);
        into[n++] = Mix(shape, titleCase ? 45UL : 46UL);
        into[n++] = Text(Mix(Offset, 50), s.Gazetteer[i]);
        into[n++] = Mix(Text(Mix(Offset, 51), s.Gazetteer[i]), shape);
        into[n++] = Text(Mix(Offset, 52), i > 0 ? s.Gazetteer[i - 1] : "<s>");
        into[n++] = Text(Mix(Offset, 53), i + 1 < s.Count ? s.Gazetteer[i + 1] : "</s>");
        if (lexicon.Length > 0)
        {
            into[n++] = Mix(Mix(Offset, 80), lexicon[i]);
            into[n++] = Mix(Mix(shape, 81), lexicon[i]);
            into[n++] = Mix(Mix(Offset, 82), i > 0 ? lexicon[i - 1] : 255UL);
            into[n++] = Mix(Mix(Offset, 83), i + 1 < s.Count ? lexicon[i + 1] : 255UL);
        }
        if (s.Upos is { } upos)
        {
            into[n++] = Text(Mix(Offset, 70), upos[i]);
            into[n++] = Text(Text(Mix(Offset, 71), i > 0 ? upos[i - 1] : "<s>"), upos[i]);
            into[n++] = Text(Text(Mix(Offset, 72), upos[i]), i + 1 < s.Count ? upos[i + 1] : "</s>");
            into[n++] = Mix(Text(Mix(Offset, 73), upos[i]), shape);
        }
        if (i > 0) into[n++] = Lower(Lower(Mix(Offset, 60), s.Token(i - 1)), w);
        if (i + 1 < s.Count) into[n++] = Lower(Lower(Mix(Offset, 61), w), s.Token(i + 1));
        return n;
    }

    /// <summary>Bits of <see cref="Casing"/>: most words capitalised (a headline); most words in capitals.</summary>
    public const int Title = 1, Upper = 2;

    /// <summary>True when most words of the sentence are capitalised, as in a headline.</summary>
    public static bool IsTitleCase(NerSentence s) => (Casing(s) & Title) != 0;

    /// <summary>
    /// <see cref="Title"/> when at least three words and three quarters of them are capitalised; <see cref="Upper"/>
    /// when three quarters of the words (at least one) are written in capitals, as in a headline or dateline, whose
    /// word shapes are then read as if title-cased.
    /// </summary>
    public static int Casing(NerSentence s)
    {
        int words = 0, capitalised = 0, upper = 0;
        for (var i = 0; i < s.Count; i++)
        {
            var t = s.Token(i);
            if (t.Length < 2 || !char.IsLetter(t[0]) || IsFunctionWord(t)) continue;
            words++;
            if (char.IsUpper(t[0])) capitalised++;
            if (LetterCase.IsAllCaps(t)) upper++;
        }
        return (words >= 3 && capitalised * 4 >= words * 3 ? Title : 0) | (words >= 1 && upper * 4 >= words * 3 ? Upper : 0);
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> t) =>
        t is "the" or "of" or "and" or "a" or "an" or "to" or "in" or "on" or "for" or "vs" or "at" or "by" or "with" or "from" or "or" or "as";

    private static ulong Neighbour(NerSentence s, int j, ulong template) =>
        j < 0 ? Mix(Mix(Offset, template), 1000) : j >= s.Count ? Mix(Mix(Offset, template), 1001) : Lower(Mix(Offset, template), s.Token(j));

    private static ulong Mix(ulong h, ulong v) => (h ^ v) * Prime;

    private static ulong Lower(ulong h, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars) h = Mix(h, char.ToLowerInvariant(c));
        return Mix(h, 0xFFFF);
    }

    private static ulong Text(ulong h, string? text) => text is null ? Mix(h, 7) : Lower(h, text);

    /// <summary>The word's shape (Xx, X.X., dd-dd ...); with <paramref name="fold"/>, capitals after the first letter count as lower case.</summary>
    private static ulong Shape(ulong h, ReadOnlySpan<char> chars, bool fold = false)
    {
        var last = '\0';
        var length = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var k = char.IsUpper(c) ? (fold && i > 0 && char.IsLetter(chars[i - 1]) ? 'x' : 'X') : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last) continue;
            h = Mix(h, k);
            last = k;
            length++;
            if (length > 6) break;
        }
        return Mix(h, (ulong)Math.Min(chars.Length, 5));
    }
}
