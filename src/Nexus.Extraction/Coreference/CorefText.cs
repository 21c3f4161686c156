using Nexus.Text.Analysis;

namespace Nexus.Extraction.Coreference;

/// <summary>What the resolver reads off the analysed text: subjects, quotations, possessives, sentence positions.</summary>
internal static class CorefText
{
    public static bool HasWord(string name, string word)
    {
        foreach (var w in name.Split(' ', '-'))
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static bool IsSubject(AnalyzedText text, int token) => text.Relations is { } rels && rels[token] is "nsubj" or "nsubj:pass";

    /// <summary>The latest subject before a pronoun in its sentence or the one before (a token index), or -1: a pronoun continues the topic.</summary>
    public static int LatestSubject(AnalyzedText text, int pronoun)
    {
        if (text.Relations is not { } rels) return -1;
        var sentence = text.SentenceOf(pronoun);
        for (var t = pronoun - 1; t >= 0 && text.SentenceOf(t) >= sentence - 1; t--)
            if (rels[t] is "nsubj" or "nsubj:pass") return t;
        return -1;
    }

    /// <summary>Whether an offset lies inside quotation marks opened in its paragraph.</summary>
    public static bool InQuotation(string text, int offset)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        int straight = 0, open = 0;
        for (var k = start; k < offset; k++)
        {
            if (text[k] == '"') straight++;
            else if (text[k] == '“') open++;
            else if (text[k] == '”') open--;
        }
        return straight % 2 == 1 || open > 0;
    }

    /// <summary>
    /// "X had kidnapped him": an object pronoun is not the subject of its own verb, so that subject (a token index) is
    /// no antecedent; -1 without a parse or a subject.
    /// </summary>
    public static int SubjectOfGoverningVerb(AnalyzedText text, int pronoun)
    {
        if (text.Heads is not { } heads || text.Relations is not { } rels || rels[pronoun] is not ("obj" or "iobj")) return -1;
        var verb = heads[pronoun];
        if (verb < 0) return -1;
        for (var t = 0; t < heads.Length; t++)
            if (heads[t] == verb && rels[t] is "nsubj") return t;
        return -1;
    }

    /// <summary>"group's" -> "group" (straight or curly apostrophe); any other word as it is.</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    public static int TrimPossessive(AnalyzedText text, int token)
    {
        var t = text.Tokens[token];
        var s = t.In(text.Text);
        return s.Length > 2 && s[^1] == 's' && s[^2] is '\'' or '’' ? t.End - 2 : t.End;
    }

    public static int SentenceAt(AnalyzedText text, int offset)
    {
        int lo = 0, hi = text.Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (text.Sentences[mid].End <= offset) lo = mid + 1;
            else if (text.Sentences[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
