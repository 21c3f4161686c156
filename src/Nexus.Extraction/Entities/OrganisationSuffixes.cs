using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Entities;

/// <summary>
/// A capitalised word for an organisation's kind ("Service", "Centre", "Command") right after a name belongs to it:
/// "Kenya Police Service" is not the "Kenya Police" the knowledge base knows, and "Muslim Youth Centre" is one name,
/// not a place "Centre". A mention followed by such a word (with up to two capitalised words between) grows over it and
/// leaves its KB entry, unless it is a person, a population or a known place; a country grows only over words between
/// ("Kenya Police Service" is the state's agency); a
/// lone such word after one to three capitalised words that no mention covers takes them in.
/// </summary>
public static class OrganisationSuffixes
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "Service", "Services", "Centre", "Center", "Command", "Agency", "Department", "Directorate", "Bureau", "Council",
        "Committee", "Office", "Unit", "Corps",
    };

    public static void Apply(string text, List<EntityMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (Suffixes.Contains(m.Text) && WordsBefore(text, m.Span.Start, k > 0 ? mentions[k - 1].Span.End : 0) is { } start)
            {
                var span = new TextSpan(start, m.Span.End);
                mentions[k] = new EntityMention(span, text[span.Start..span.End], EntityType.Organization, m.Score);
                continue;
            }
            if (m.Type is EntityType.Person or EntityType.Population || m.Type == EntityType.Location && m.KbId is not null) continue;
            var country = m.Type == EntityType.Government && m.KbId is not null;
            var end = m.Span.End;
            var inner = 0;
            while (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && inner <= 2)
            {
                var w = end + 1;
                while (w < text.Length && char.IsLetter(text[w])) w++;
                if (k + 1 < mentions.Count && mentions[k + 1].Span.Start < w) break;
                if (Suffixes.Contains(text[(end + 1)..w]))
                {
                    // "Kenya Police Service": a country and a force's words before the kind word are the state's agency.
                    if (country && inner == 0) break;
                    var grown = new TextSpan(m.Span.Start, w);
                    mentions[k] = new EntityMention(grown, text[grown.Start..grown.End], country ? EntityType.StateAgency : m.Type, m.Score);
                    break;
                }
                end = w;
                inner++;
            }
        }
    }

    /// <summary>The start of the one to three capitalised words (not "The") right before <paramref name="at"/>, after <paramref name="floor"/>.</summary>
    private static int? WordsBefore(string text, int at, int floor)
    {
        var start = at;
        for (var words = 0; words < 3; words++)
        {
            if (start - 2 < floor || text[start - 1] != ' ' || !char.IsLetter(text[start - 2])) break;
            var w = start - 1;
            while (w > floor && char.IsLetter(text[w - 1])) w--;
            if (!char.IsUpper(text[w]) || text[w..(start - 1)] is "The" or "A" or "An") break;
            start = w;
        }
        if (start == at) return null;
        var lineStart = start == 0 || text[start - 1] == '\n' || start >= 2 && text[start - 2] is '.' or '!' or '?';
        return lineStart && text.AsSpan(start, at - start).Count(' ') < 2 ? null : start;
    }
}
