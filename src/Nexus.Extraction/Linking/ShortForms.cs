using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Linking;

/// <summary>
/// "Munir" after "General Asim Munir": once a person is named in full, later capitalised tokens equal to the
/// last word of that name are mentions of the person, even where the recognizer did not propose them.
/// </summary>
internal static class ShortForms
{
    public static void Apply(AnalyzedText text, LinkState state)
    {
        var taken = state.Groups.Values.Distinct().SelectMany(g => g.Mentions).Select(m => m.Span).ToList();
        foreach (var person in state.Groups.Values.Distinct().Where(g => g.Type == EntityType.Person && g.Mentions.Count > 0).ToList())
        {
            var full = person.Mentions.Where(m => NameForms.NameWords(m.Text).Count() >= 2).OrderBy(m => m.Span.Start).FirstOrDefault();
            if (full is null) continue;
            var last = NameForms.NameWords(full.Text).Last();
            for (var i = 0; i < text.Tokens.Length; i++)
            {
                var token = text.Tokens[i];
                if (token.Start < full.Span.End) continue;
                var word = NameForms.StripPossessive(text.TokenText(i));
                if (!word.Equals(last, StringComparison.Ordinal)) continue;
                var span = new TextSpan(token.Start, token.Start + word.Length);
                if (taken.Any(t => t.Start < span.End && span.Start < t.End)) continue;
                person.Mentions.Add(new EntityMention(span, word, EntityType.Person, 0.6));
                taken.Add(span);
            }
        }
    }
}
