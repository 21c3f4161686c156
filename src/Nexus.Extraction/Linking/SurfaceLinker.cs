using System.Collections.Immutable;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Linking;

/// <summary>
/// The baseline linker: one entity per normalised surface form, with acronyms defined in the text
/// ("Islamic State Khorasan Province (ISKP)") folded into their long form. The canonical name is the
/// longest form seen; the type comes from the recognizer or from head-noun cues.
/// </summary>
public sealed class SurfaceLinker : IEntityLinker
{
    public IReadOnlyList<Entity> Link(AnalyzedText text, IReadOnlyList<EntityMention> mentions)
    {
        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal); // normalised surface -> group key
        var groups = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        var ordered = mentions.OrderBy(m => m.Span.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var m = ordered[i];
            var norm = NameNormalizer.Normalize(m.Text);
            if (norm.Length == 0) continue;
            if (!keyOf.TryGetValue(norm, out var key)) keyOf[norm] = key = norm;
            if (i + 1 < ordered.Count && IsParenthesisedAcronym(text.Text, m, ordered[i + 1]))
                keyOf.TryAdd(NameNormalizer.Normalize(ordered[i + 1].Text), key);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(m);
        }

        var entities = new List<Entity>(groups.Count);
        foreach (var (_, list) in groups.OrderBy(g => g.Value[0].Span.Start))
        {
            var aliases = list.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var name = aliases.MaxBy(a => a.Length)!;
            var type = list.Select(m => m.Type).FirstOrDefault(t => t is not null) ?? TypeCues.Guess(name);
            entities.Add(new Entity($"e{entities.Count + 1}", name, type, aliases, [.. list.Select(m => m.Span)]));
        }
        return entities;
    }

    /// <summary>"Long Name (LN)": the next mention is an acronym in brackets right after this one, its letters the initials.</summary>
    private static bool IsParenthesisedAcronym(string text, EntityMention longForm, EntityMention next)
    {
        var gap = text.AsSpan(longForm.Span.End, Math.Max(0, next.Span.Start - longForm.Span.End)).Trim();
        if (!gap.SequenceEqual("(") || next.Span.End >= text.Length || text[next.Span.End] != ')') return false;
        var acronym = next.Text;
        if (acronym.Length < 2 || acronym.Any(char.IsLower) && acronym.Count(char.IsUpper) < 2) return false;
        var initials = new string(longForm.Text.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());
        return initials.Length > 0 && acronym.Where(char.IsUpper).All(initials.Contains);
    }
}
