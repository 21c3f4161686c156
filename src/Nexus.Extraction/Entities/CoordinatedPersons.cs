using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities;

/// <summary>
/// "Alejandro Pérez, Brayan Oropeza, Luis Guerra and José Blanco": in a list that continues a person mention, each
/// further item of two or three capitalised words that no recognizer claimed, that the knowledge base does not know
/// and that holds no title, place, country or nationality word, is a person too, when the list closes with "and".
/// </summary>
public static class CoordinatedPersons
{
    public static void Find(string text, List<EntityMention> mentions, KnowledgeBaseIndex kb)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Type != EntityType.Person) continue;
            var pos = mentions[k].Span.End;
            var items = new List<TextSpan>();
            var closedByAnd = false;
            while (NextItem(text, pos) is { } span)
            {
                if (mentions.Any(m => m.Span.Start < span.End && span.Start < m.Span.End)) break;
                var name = text[span.Start..span.End];
                if (kb.Find(name) is not null || name.Split(' ').Any(w => NamePatterns.IsTitle(w) || kb.Find(w) is { Type: EntityType.Location or EntityType.Government or EntityType.Population } || kb.CountryOfDemonym(w) is not null)) break;
                items.Add(span);
                closedByAnd = text.AsSpan(pos, span.Start - pos).Contains(" and ", StringComparison.Ordinal);
                pos = span.End;
                if (closedByAnd) break;
            }
            // "Ali Khan, Kunar Governor": an apposition, not a list; a list of people ends in "and".
            if (!closedByAnd) continue;
            foreach (var span in items)
                mentions.Insert(++k, new EntityMention(span, text[span.Start..span.End], EntityType.Person, 0.5));
        }
    }

    /// <summary>The next list item after a separator (", ", " and ", ", and "): two or three capitalised words ending the item.</summary>
    private static TextSpan? NextItem(string text, int pos)
    {
        var rest = text.AsSpan(pos);
        var skip = rest.StartsWith(", and ") ? 6 : rest.StartsWith(" and ") ? 5 : rest.StartsWith(", ") ? 2 : 0;
        if (skip == 0) return null;
        var start = pos + skip;
        var end = start;
        var words = 0;
        while (words < 4 && end < text.Length && char.IsUpper(text[end]))
        {
            var w = end;
            while (w < text.Length && (char.IsLetter(text[w]) || text[w] is '-' or '\'')) w++;
            if (w - end < 2 || LetterCase.IsAllCaps(text.AsSpan(end, w - end))) return null;
            words++;
            end = w;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) end++;
            else break;
        }
        if (words is < 2 or > 3) return null;
        var after = text.AsSpan(end);
        var closes = after.IsEmpty || after[0] is ',' or '.' or ';' or ':' or ')' or ' ';
        return closes ? new TextSpan(start, end) : null;
    }
}
