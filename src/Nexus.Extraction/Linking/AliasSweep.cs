using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Linking;

/// <summary>
/// Once a group, state or place is named, its other occurrences are mentions too, also in the plural or
/// singular ("Houthi" … "the Houthis"), where the recognizer missed them. An occurrence that is only part
/// of a longer capitalised name ("Islamic State" in "Islamic State Sahel Province") is left alone.
/// </summary>
internal static class AliasSweep
{
    public static void Apply(AnalyzedText text, LinkState state)
    {
        MergePlurals(state);
        MergeAcronyms(state);
        var taken = state.Groups.Values.Distinct().SelectMany(g => g.Mentions).Select(m => m.Span).ToList();
        foreach (var group in state.Groups.Values.Distinct().Where(g => g.Mentions.Count > 0).ToList())
        {
            // A person's other mentions come from ShortForms; only a one-word "person" may be a mislabelled people ("Zarghun").
            if (group.Type == EntityType.Person && group.Mentions.Any(m => m.Text.Trim().Contains(' ', StringComparison.Ordinal))) continue;
            var surfaces = group.Mentions.Where(m => m.GroupKey is null).Select(m => NameForms.StripPossessive(m.Text.Trim()))
                .Where(s => s.Length >= 4 && char.IsUpper(s[0])).Distinct(StringComparer.Ordinal).ToList();
            foreach (var surface in surfaces.SelectMany(Variants).Distinct(StringComparer.Ordinal))
            {
                for (var at = text.Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                {
                    var span = new TextSpan(at, at + surface.Length);
                    if (!Standalone(text.Text, span) || taken.Any(t => t.Start < span.End && span.Start < t.End)) continue;
                    group.Mentions.Add(new EntityMention(span, surface, group.Type, 0.55));
                    taken.Add(span);
                    // "the Houthis": a name used in the plural is a people or a group, not a place or one person.
                    if (!surfaces.Contains(surface) && surface.EndsWith('s') && group.Entry is null && group.Type is EntityType.Location or EntityType.Person)
                        group.Type = EntityType.Organization;
                }
            }
        }
    }

    /// <summary>
    /// "Zarghun" and "Zarghuns" recognised as two entities are one: the plural's mentions join the singular's entity,
    /// which takes the plural's type when it had a person's or place's (a plural name is a people or group, not a person).
    /// </summary>
    private static void MergePlurals(LinkState state)
    {
        var groups = state.Groups.Values.Distinct().Where(g => g.Mentions.Count > 0 && g.Entry is null).ToList();
        foreach (var plural in groups)
        {
            var word = OneWord(plural);
            if (word is null || !word.EndsWith('s')) continue;
            var singular = groups.FirstOrDefault(g => g != plural && g.Mentions.Count > 0 && OneWord(g) == word[..^1]);
            if (singular is null) continue;
            foreach (var m in plural.Mentions) singular.Mentions.Add(m);
            plural.Mentions.Clear();
            if (singular.Type is EntityType.Person or EntityType.Location) singular.Type = plural.Type is EntityType.Person or EntityType.Location ? EntityType.Population : plural.Type;
        }
    }

    /// <summary>"JNIM" in a headline before "Jama'at … (JNIM)" defines it: an acronym alone joins the entity it was defined for.</summary>
    private static void MergeAcronyms(LinkState state)
    {
        var groups = state.Groups.Values.Distinct().Where(g => g.Mentions.Count > 0).ToList();
        foreach (var alone in groups.Where(g => g.Entry is null))
        {
            var word = OneWord(alone) ?? (alone.Mentions.Select(m => m.Text.Trim()).Distinct().ToList() is [var w] ? w : null);
            if (word is null || word.Length < 2 || !word.All(char.IsUpper)) continue;
            var defined = groups.FirstOrDefault(g => g != alone && g.Mentions.Count > 0 && g.Mentions.Any(m => m.Text.Trim() == word)
                && g.Mentions.Any(m => m.Text.Trim().Contains(' ', StringComparison.Ordinal)));
            if (defined is null) continue;
            foreach (var m in alone.Mentions) defined.Mentions.Add(m);
            alone.Mentions.Clear();
        }
    }

    private static string? OneWord(LinkGroup g)
    {
        var surfaces = g.Mentions.Where(m => m.GroupKey is null).Select(m => NameForms.StripPossessive(m.Text.Trim())).Distinct(StringComparer.Ordinal).ToList();
        return surfaces.Count == 1 && !surfaces[0].Contains(' ', StringComparison.Ordinal) && surfaces[0].Length >= 4 ? surfaces[0] : null;
    }

    /// <summary>The name, and its plural or singular when it is one capitalised word ("Houthi", "Houthis").</summary>
    private static IEnumerable<string> Variants(string surface)
    {
        yield return surface;
        if (surface.Contains(' ', StringComparison.Ordinal) || surface.All(c => !char.IsLetter(c) || char.IsUpper(c))) yield break;
        yield return surface.EndsWith('s') ? surface[..^1] : surface + "s";
    }

    /// <summary>A whole word, not glued to a longer capitalised name on either side.</summary>
    private static bool Standalone(string text, TextSpan span)
    {
        if (span.Start > 0 && (char.IsLetterOrDigit(text[span.Start - 1]) || text[span.Start - 1] is '-' or '–')) return false;
        if (span.End < text.Length && (char.IsLetterOrDigit(text[span.End]) || text[span.End] is '-' or '–')) return false;
        var before = span.Start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        var after = span.End;
        while (after < text.Length && text[after] == ' ') after++;
        var capitalBefore = before >= 0 && before < span.Start - 1 && WordEndingAt(text, before) is var word && char.IsUpper(word[0]) && !FunctionWords.Contains(word);
        var capitalAfter = after > span.End && after < text.Length && char.IsUpper(text[after]);
        return !capitalBefore && !capitalAfter;
    }

    /// <summary>Capitalised only because they open a sentence or a title: "The Houthis", "In Kabul".</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "of", "for", "by", "with", "from", "and", "but", "as", "to", "after", "before", "when", "while", "both",
    };

    /// <summary>The word whose last character is at <paramref name="end"/> (that character alone when it is not a letter).</summary>
    private static string WordEndingAt(string text, int end)
    {
        var i = end;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return text[i..(end + 1)];
    }
}
