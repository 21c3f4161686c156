using Nexus.Core.Entities;
using Nexus.Core.Text;

namespace Nexus.Extraction.Entities;

/// <summary>
/// A capitalised word for an organisation's kind ("Service", "Centre", "Command") right after a name belongs to it:
/// "Kenya Police Service" is not the "Kenya Police" the knowledge base knows, and "Muslim Youth Centre" is one name,
/// not a place "Centre". A mention followed by such a word grows over it (and leaves its KB entry), unless it is a person, a population
/// or a known place or country; a
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
            if (m.Type is EntityType.Person or EntityType.Population || m.Type is EntityType.Location or EntityType.Government && m.KbId is not null) continue;
            var next = m.Span.End + 1;
            if (next >= text.Length || text[m.Span.End] != ' ' || k + 1 < mentions.Count && mentions[k + 1].Span.Start <= next + 1) continue;
            var end = next;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (!Suffixes.Contains(text[next..end])) continue;
            var grown = new TextSpan(m.Span.Start, end);
            mentions[k] = new EntityMention(grown, text[grown.Start..grown.End], m.Type, m.Score);
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
