using Nexus.Core.Entities;
using Nexus.Extraction.Entities.Ner;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// Finds knowledge-base names in a sentence, longest match first, from capitalised tokens (or tokens like
/// "al-Qaeda" that hold a capital). Short keys (acronyms) must match in upper case, so "Let" is not LeT.
/// Hyphenated compounds that match nothing whole ("ISI-backed", "India-Canada-UK") are matched part by part.
/// </summary>
public static class KbSpanMatcher
{
    private const int MaxWords = 7;

    public readonly record struct Match(int FirstToken, int EndToken, int Start, int End, KbEntry Entry);

    public static List<Match> Find(NerSentence s, KnowledgeBaseIndex kb)
    {
        var found = new List<Match>();
        var i = 0;
        while (i < s.Count)
        {
            var t = s.Token(i);
            if (!CanStart(t)) { i++; continue; }
            var matched = false;
            for (var n = Math.Min(Math.Min(MaxWords, kb.MaxWords + 1), s.Count - i); n >= 1 && !matched; n--)
            {
                var last = s.Token(i + n - 1);
                if (n > 1 && !char.IsLetterOrDigit(last[0])) continue;
                var start = s.Tokens[i].Start;
                var end = TrimPossessive(s, i + n - 1);
                var surface = s.Text.AsSpan(start, end - start);
                var entry = kb.Find(surface.ToString());
                if (entry is null || !CaseAgrees(surface, entry)) continue;
                if (n == 1 && entry.Type == EntityType.Location && Entities.NerSpanFilters.IsCommonWord(surface.ToString())) continue;
                if (n == 1 && IsShoutedWord(s, surface)) continue;
                found.Add(new Match(i, i + n, start, end, entry));
                i += n;
                matched = true;
            }
            if (matched) continue;
            if (t.IndexOfAny('-', '–') > 0) FindParts(s, i, kb, found);
            i++;
        }
        return found;
    }

    private static void FindParts(NerSentence s, int i, KnowledgeBaseIndex kb, List<Match> found)
    {
        var (start, length) = s.Tokens[i];
        var pos = start;
        var end = start + length;
        while (pos < end)
        {
            var next = s.Text.IndexOfAny(['-', '–'], pos, end - pos);
            var partEnd = next < 0 ? end : next;
            var part = s.Text.AsSpan(pos, partEnd - pos);
            if (part.Length > 1 && char.IsUpper(part[0]) && kb.Find(part.ToString()) is { } entry && CaseAgrees(part, entry))
                found.Add(new Match(i, i + 1, pos, partEnd, entry));
            pos = partEnd + 1;
        }
    }

    /// <summary>Two-letter acronyms that are English words ("IS", "US"): in a sentence written mostly in capitals they are the word.</summary>
    private static readonly HashSet<string> WordLikeAcronyms = new(StringComparer.Ordinal) { "IS", "US", "IT", "AS", "AT", "IN", "ON", "NO", "OR", "AN", "TO", "BE", "BY", "HE", "WE", "DO", "SO", "UP", "OF", "IF" };

    private static bool IsShoutedWord(NerSentence s, ReadOnlySpan<char> surface)
    {
        if (!WordLikeAcronyms.Contains(surface.ToString())) return false;
        int words = 0, capitals = 0;
        for (var k = 0; k < s.Count; k++)
        {
            var t = s.Token(k);
            if (t.IndexOfAnyInRange('A', 'z') < 0) continue;
            words++;
            if (Entities.LetterCase.IsAllCaps(t)) capitals++;
        }
        return words >= 3 && capitals * 2 > words;
    }

    private static bool CanStart(ReadOnlySpan<char> t) =>
        t.Length > 0 && !t.SequenceEqual("The") && (char.IsUpper(t[0]) || char.IsLower(t[0]) && t.Length > 3 && t[2] == '-' && t.IndexOfAnyInRange('A', 'Z') > 0);

    private static int TrimPossessive(NerSentence s, int token)
    {
        var (start, length) = s.Tokens[token];
        var t = s.Text.AsSpan(start, length);
        return t.Length > 2 && t[^1] == 's' && t[^2] is '\'' or '’' ? start + length - 2 : start + length;
    }

    /// <summary>Acronym-length surfaces must be written in capitals, as the KB writes them.</summary>
    private static bool CaseAgrees(ReadOnlySpan<char> surface, KbEntry entry)
    {
        var letters = 0;
        foreach (var c in surface) if (char.IsLetter(c)) letters++;
        if (letters > 4 || surface.Contains(' ')) return surface.IndexOfAnyInRange('A', 'Z') >= 0 || char.IsUpper(surface[0]);
        foreach (var name in entry.AllNames)
            if (surface.Equals(name.AsSpan(), StringComparison.Ordinal)) return true;
        return entry.Type != EntityType.Person && Entities.LetterCase.IsAllCaps(surface) && letters >= 2;
    }

    /// <summary>PER/ORG/LOC tags (IOB2) for the NER's gazetteer features.</summary>
    public static string?[] Tags(NerSentence s, KnowledgeBaseIndex kb)
    {
        var tags = new string?[s.Count];
        foreach (var m in Find(s, kb))
        {
            var type = NerType(m.Entry.Type);
            for (var t = m.FirstToken; t < m.EndToken; t++) tags[t] = (t == m.FirstToken ? "B-" : "I-") + type;
        }
        return tags;
    }

    public static string NerType(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Location or EntityType.Government => "LOC",
        EntityType.Event or EntityType.Project or EntityType.Population => "MISC",
        _ => "ORG",
    };
}
