using System.Collections.Immutable;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Linking;

/// <summary>
/// A country named inside a longer name ("Islamic State of Iraq and Syria", "Tehrik-i-Taliban Pakistan") is
/// mentioned too: its span joins the entity linked to that country, or a new entity. Applied after the claim
/// stage, which reads one mention per span, so the nested spans only add to the article's list of entities. A place
/// whose name holds a country ("Northern Ireland", "New Mexico") is another place and mentions no country.
/// </summary>
public static class NestedCountries
{
    private const int MaxWords = 3;

    public static IReadOnlyList<Entity> Add(string text, IReadOnlyList<Entity> entities, KnowledgeBaseIndex kb)
    {
        var found = new List<(TextSpan Span, KbEntry Entry)>();
        foreach (var host in entities.Where(e => e.Type is not (EntityType.Location or EntityType.Government)))
            foreach (var span in host.Mentions)
                Find(text, span, host.KnowledgeBaseId, kb, found);
        if (found.Count == 0) return entities;
        var result = entities.ToList();
        foreach (var (span, entry) in found)
        {
            var at = result.FindIndex(e => e.KnowledgeBaseId == entry.Id);
            var surface = text[span.Start..span.End];
            if (at < 0)
            {
                result.Add(new Entity($"e{result.Count + 1}", entry.Name, entry.Type, [surface], [span], entry.Id));
                continue;
            }
            var e = result[at];
            if (e.Mentions.Contains(span)) continue;
            result[at] = e with
            {
                Mentions = e.Mentions.Add(span),
                Aliases = e.Aliases.Contains(surface) ? e.Aliases : e.Aliases.Add(surface),
            };
        }
        return result;
    }

    /// <summary>Country names (one to three capitalised words) inside a mention of two words or more, other than the mention's own entry.</summary>
    private static void Find(string text, TextSpan host, string? hostId, KnowledgeBaseIndex kb, List<(TextSpan, KbEntry)> into)
    {
        var words = Entities.LetterWords.In(text, host.Start, host.End, hyphens: false);
        if (words.Count < 2) return;
        for (var w = 0; w < words.Count; w++)
        {
            if (!char.IsUpper(text[words[w].Start])) continue;
            for (var n = Math.Min(MaxWords, words.Count - w); n >= 1; n--)
            {
                if (n == words.Count) continue;
                var span = new TextSpan(words[w].Start, words[w + n - 1].End);
                if (kb.Find(text[span.Start..span.End]) is not { } entry || !entry.IsCountry || entry.Id == hostId) continue;
                into.Add((span, entry));
                w += n - 1;
                break;
            }
        }
    }
}
