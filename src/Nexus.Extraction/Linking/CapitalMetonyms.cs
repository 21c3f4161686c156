using Nexus.Core.Entities;
using Nexus.Extraction.Entities;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Linking;

/// <summary>
/// "Islamabad denies", "Islamabad's ambitions": a capital used as an actor stands for its government. One sense
/// per article: if any mention of the capital is not locative ("in Islamabad", "the capital, Caracas", "a Nairobi-based network") and not
/// a dateline ("New Delhi, Sep 19" at the top, "NAIROBI —", "KARACHI:" opening a line), all its mentions join the
/// country's entity, unless the locative mentions outnumber the others ("the heart of London … east London … a London
/// protest" stays a place). A compass word before the name ("east London", "central Kabul") marks a part of the city, and
/// so does coordination with a place that is no capital ("after Paris and Marseille"): "Washington and Tehran" is not.
/// The object of an attack verb ("shelled Kyiv") is the city struck.
/// </summary>
internal static class CapitalMetonyms
{
    private static readonly HashSet<string> Locative = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "near", "outside", "across", "into", "via", "around", "of", "visited", "visit", "towards", "reached", "between",
        "east", "west", "north", "south", "central", "eastern", "western", "northern", "southern", "downtown",
        // The object of a physical attack is the city struck, not its government ("Hamas attacked Jerusalem").
        "attacked", "attack", "attacks", "bombed", "shelled", "struck", "stormed", "raided", "besieged", "invaded", "rocketed",
    };

    public static void Apply(string text, LinkState state, KnowledgeBaseIndex kb)
    {
        var places = state.Groups.Values.Distinct()
            .Where(g => g.Type == EntityType.Location && g.Mentions.Count > 0 && kb.CountryOfCapital(g.Mentions[0].Text) is null)
            .SelectMany(g => g.Mentions).ToList();
        foreach (var group in state.Groups.Values.Distinct().ToList())
        {
            if (group.Mentions.Count == 0 || group.Type != EntityType.Location) continue;
            var country = kb.CountryOfCapital(group.Mentions[0].Text);
            if (country is null) continue;
            var locative = group.Mentions.Count(m => IsLocative(text, m.Span.Start) || IsBasedIn(text, m.Span.End)
                || IsDateline(text, m.Span.Start, m.Span.End) || IsCoordinatedWithPlace(text, m, places));
            var actors = group.Mentions.Count - locative;
            if (actors == 0 || locative > actors) continue;
            state.Merge(group, state.ForEntry(country));
        }
    }

    private static bool IsLocative(string text, int start)
    {
        var end = start;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        var comma = text.AsSpan(end, start - end).Contains(',');
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        var word = text[begin..end];
        // "in the capital, Caracas": the appositive names the place, not its government.
        return end > begin && (!comma && Locative.Contains(word) || word.Equals("capital", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsCoordinatedWithPlace(string text, EntityMention m, List<EntityMention> places) =>
        places.Any(p => p.Span.Start >= m.Span.End && text.AsSpan(m.Span.End, p.Span.Start - m.Span.End) is " and " or ", "
                        || p.Span.End <= m.Span.Start && text.AsSpan(p.Span.End, m.Span.Start - p.Span.End) is " and " or ", ");

    private static bool IsBasedIn(string text, int end) =>
        text.AsSpan(end).StartsWith("-based", StringComparison.OrdinalIgnoreCase);

    private static bool IsDateline(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var beforeOnLine = text[lineStart..start];
        var nearTop = start < 200 && (beforeOnLine.Trim().Length == 0 || beforeOnLine.Contains("date", StringComparison.OrdinalIgnoreCase) || beforeOnLine.Any(char.IsDigit));
        if (nearTop && end < text.Length && text[end] == ',') return true;
        // "NAIROBI — A court …", "KARACHI: The group …": a capitalised place opening a line, then a dash or colon.
        return beforeOnLine.Trim().Length == 0 && IsUpperCase(text.AsSpan(start, end - start)) && StartsWithDatelineMark(text.AsSpan(end));
    }

    private static bool IsUpperCase(ReadOnlySpan<char> name) => !name.ContainsAnyInRange('a', 'z') && name.ContainsAnyInRange('A', 'Z');

    private static bool StartsWithDatelineMark(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(' ');
        return rest.Length > 0 && rest[0] is '—' or '–' or '-' or ':';
    }
}
