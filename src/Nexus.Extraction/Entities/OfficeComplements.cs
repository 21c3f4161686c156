using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Entities;

/// <summary>
/// An organisation whose name ends in an office word ("Office", "Directorate", "Bureau", "Department") often goes on
/// with "of" and a capitalised complement: "Harbour Board Office of Internal Audit", "Central Directorate of Customs".
/// A group, agency or organisation mention ending in such a word and followed by "of" (and an optional "the") and one
/// to four capitalised words grows over them (unless a person stands there), leaves any KB entry it had and swallows mentions inside the complement.
/// A lone office word after "General", "Central" or "National" with the complement is a name too ("the General
/// Directorate of Security"), which the NER misses because "General" reads as a rank.
/// </summary>
public static class OfficeComplements
{
    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "Office", "Directorate", "Bureau", "Department", "Agency", "Administration", "Commission", "Inspectorate",
    };

    private static readonly HashSet<string> Leads = new(StringComparer.Ordinal) { "General", "Central", "National", "Federal" };

    public static void Apply(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type is not (EntityType.Organization or EntityType.StateAgency or EntityType.Government)) continue;
            var lastSpace = m.Text.LastIndexOf(' ');
            if (lastSpace < 0 || !OfficeWords.Contains(m.Text[(lastSpace + 1)..]) || Complement(text, m.Span.End) is not { } end) continue;
            if (mentions.Any(o => o.Type == EntityType.Person && o.Span.Start > m.Span.End && o.Span.Start < end)) continue; // "Office of Prime Minister X"
            Grow(text, mentions, k, m.Span.Start, end, m.Type == EntityType.Government ? EntityType.StateAgency : m.Type.Value, m.Score);
        }
        FindLoneOffices(text, mentions);
    }

    private static void FindLoneOffices(string text, List<EntityMention> mentions)
    {
        foreach (var lead in Leads)
        {
            for (var at = text.IndexOf(lead + " ", StringComparison.Ordinal); at >= 0; at = text.IndexOf(lead + " ", at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetter(text[at - 1])) continue;
                var w = at + lead.Length + 1;
                var e = w;
                while (e < text.Length && char.IsLetter(text[e])) e++;
                if (!OfficeWords.Contains(text[w..e]) || Complement(text, e) is not { } end) continue;
                if (mentions.Any(m => m.Span.Start < at && m.Span.End > at)) continue;
                mentions.Add(EntityMention.Of(text, at, end, EntityType.StateAgency, 0.65));
                mentions.RemoveAll(m => m.Span.Start >= at && m.Span.End <= end && m.Span.End - m.Span.Start < end - at);
                mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            }
        }
    }

    private static void Grow(string text, List<EntityMention> mentions, int k, int start, int end, EntityType type, double score)
    {
        mentions[k] = new EntityMention(new TextSpan(start, end), text[start..end], type, score);
        for (var j = mentions.Count - 1; j > k; j--)
            if (mentions[j].Span.Start < end) mentions.RemoveAt(j);
    }

    /// <summary>The end of " of [the] Word Word" after <paramref name="at"/> (one to four capitalised words), or null.</summary>
    private static int? Complement(string text, int at)
    {
        var p = at;
        if (!text.AsSpan(p).StartsWith(" of ", StringComparison.Ordinal)) return null;
        p += 4;
        if (text.AsSpan(p).StartsWith("the ", StringComparison.Ordinal)) p += 4;
        int? end = null;
        for (var words = 0; words < 4 && p < text.Length && char.IsUpper(text[p]); words++)
        {
            var e = p;
            while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '-')) e++;
            if (e - p < 2) break;
            end = e;
            if (e + 1 >= text.Length || text[e] != ' ') break;
            p = e + 1;
        }
        return end;
    }
}
