using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities;

/// <summary>
/// What the statistical NER proposes but reporting does not mean as a name: a demonym alone ("Afghan"), a
/// month or weekday, a compass word, a compound modifier ("Khalistan-gangster" keeps only "Khalistan"), and
/// anything in a short line with no sentence punctuation (page furniture, bylines, outlet signatures).
/// </summary>
public static class NerSpanFilters
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "North", "South", "East", "West", "Northern",
        "Southern", "Eastern", "Western", "Central", "Today", "Yesterday", "Tomorrow",
    };

    private static readonly HashSet<string> EventHeads = new(StringComparer.Ordinal)
    {
"agreement", "accord", "pact", "deal", "treaty", "declaration", "operation", "summit",
    };

    private static readonly HashSet<string> CountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Fifteen", "Twenty", "Thirty",
        "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred", "Hundreds", "Thousands", "Dozens", "Scores", "Several", "Some", "Many",
    };

    /// <summary>"Seven Taliban militants", "Three militants": a count that opens a sentence is not part of a name.</summary>
    public static bool IsCountWord(ReadOnlySpan<char> token) => CountWords.Contains(token.ToString());

    /// <summary>"in Pashto language": a language, not a place.</summary>
    public static bool IsLanguageCue(ReadOnlySpan<char> token) => token is "language" or "languages" or "dialect" or "script";

    /// <summary>Single words that are ordinary words before they are places ("March", "South").</summary>
    public static bool IsCommonWord(string word) => NotNames.Contains(word);

    public static bool IsEventHead(ReadOnlySpan<char> token) => EventHeads.Contains(token.ToString());

    /// <summary>
    /// "bombing", "massacre": after a name of two or more words that holds no known actor (places are fine) ("the Harbour Festival bombing")
    /// the name and the noun are one event; after a known group ("an ETA bombing") the group is the actor, no event name.
    /// </summary>
    public static bool IsAttackEventHead(ReadOnlySpan<char> token) => token is "bombing" or "bombings" or "massacre";

    public static bool IsNotAName(string surface, KnowledgeBaseIndex kb) =>
        NotNames.Contains(surface) || surface.IndexOf(' ') < 0 && kb.CountryOfDemonym(surface) is not null && kb.Find(surface) is null;

    /// <summary>End of the name in a token: before a possessive, or before "-backed" in "ISI-backed".</summary>
    public static int EndOfName(NerSentence s, int token)
    {
        var (start, length) = s.Tokens[token];
        var t = s.Text.AsSpan(start, length);
        if (t.Length > 2 && t[^1] == 's' && t[^2] is '\'' or '’') return start + length - 2;
        for (var k = 1; k < t.Length - 1; k++)
            if (t[k] is '-' or '–' && char.IsLower(t[k + 1])) return start + k;
        return start + length;
    }

    /// <summary>A short line with no sentence punctuation: a heading, a menu item, a signature.</summary>
    public static bool IsFragment(NerSentence s)
    {
        if (s.Count > 5) return false;
        var lower = 0;
        for (var i = 0; i < s.Count; i++)
        {
            var t = s.Token(i);
            if (t is "." or "?" or "!" or "," or ";" or ":") return false;
            if (char.IsLower(t[0])) lower++;
        }
        return lower <= 1; // "Dr. Shantanu Mukharji is a" is prose cut by a line break, not furniture
    }
}
