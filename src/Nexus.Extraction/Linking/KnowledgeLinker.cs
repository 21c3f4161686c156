using System.Collections.Immutable;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Coreference;
using Nexus.Extraction.Entities;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Linking;

/// <summary>
/// Links mentions to entities: knowledge-base names (transliteration-aware keys), acronyms defined in the text,
/// short forms of people named before, descriptive groups by modifier root, capital-city metonyms, and new
/// entities typed by the recognizer and head nouns. Then definite descriptions and pronouns join their
/// antecedents (<see cref="DescriptionResolver"/>).
/// </summary>
public sealed class KnowledgeLinker(KnowledgeBaseIndex kb) : IEntityLinker
{
    private readonly DescriptionResolver _coref = new(kb);

    public IReadOnlyList<Entity> Link(AnalyzedText text, IReadOnlyList<EntityMention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Span.Start).ToList();
        var state = new LinkState(kb);
        foreach (var m in ordered.Where(m => m.GroupKey is not null)) state.Add(state.Descriptor(m), m);
        var groupOf = new LinkGroup?[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var m = ordered[i];
            if (m.GroupKey is not null) { groupOf[i] = state.Groups["desc:" + m.GroupKey]; continue; }
            LinkGroup group;
            if (i > 0 && groupOf[i - 1] is { } longForm && Acronyms.IsDefinedBy(text.Text, ordered[i - 1], m))
                group = state.BindAcronym(longForm, ordered[i - 1], m);
            else group = state.Resolve(text.Text, m);
            state.Add(group, m);
            groupOf[i] = group;
        }
        CapitalMetonyms.Apply(text.Text, state, kb);
        ShortForms.Apply(text, state);
        AliasSweep.Apply(text, state);
        AddCoreference(text, state);
        return Build(state);
    }

    private void AddCoreference(AnalyzedText text, LinkState state)
    {
        var groups = state.Groups.Values.Distinct().ToList();
        var linked = groups.SelectMany((g, k) => g.Mentions.Select(m => (m, g, k))).OrderBy(p => p.m.Span.Start).ToList();
        var view = linked.Select(p => new CorefCandidate(p.m.Span, p.g.Type, p.g.Entry?.Country ?? "", p.k, NameFor(p.g, p.m), p.g.Entry?.Id, p.m.Text)).ToList();
        foreach (var c in _coref.Resolve(text, view))
        {
            var target = linked[c.Antecedent].g;
            target.Mentions.Add(new EntityMention(c.Span, text.Text[c.Span.Start..c.Span.End], target.Type, 0.5, GroupKey: c.Descriptive ? null : "coref"));
        }
    }

    /// <summary>The name coreference tests a candidate by: a place's own words (many towns link to the district named after them), else the entity's name.</summary>
    private static string NameFor(LinkGroup g, EntityMention m) =>
        g.Type == EntityType.Location ? m.Text : g.Entry?.Name ?? g.Mentions.MaxBy(x => x.Text.Length)!.Text;

    private static List<Entity> Build(LinkState state)
    {
        var entities = new List<Entity>();
        foreach (var g in state.Groups.Values.Distinct().Where(g => g.Mentions.Count > 0).OrderBy(g => g.FirstStart))
        {
            var named = g.Mentions.Where(m => m.GroupKey != "coref").ToList();
            if (named.Count == 0) continue;
            var surfaces = named.Select(m => NameForms.StripPossessive(m.Text.Trim())).Concat(g.ExtraAliases).Distinct(StringComparer.Ordinal).ToList();
            var name = g.Entry?.Name ?? BestName(g, surfaces);
            var spans = g.Mentions.Select(m => m.Span).Distinct().OrderBy(s => s.Start).ToImmutableArray();
            entities.Add(new Entity($"e{entities.Count + 1}", name, g.Type, [.. surfaces], spans, g.Entry?.Id));
        }
        return entities;
    }

    private static string BestName(LinkGroup g, List<string> surfaces)
    {
        if (g.Key.StartsWith("desc:", StringComparison.Ordinal))
        {
            var counted = g.Mentions.Where(m => m.GroupKey is not null and not "coref").Select(m => NameForms.StripPossessive(m.Text.Trim())).ToList();
            return counted.Where(s => s.Contains(' ')).DefaultIfEmpty(counted.FirstOrDefault() ?? surfaces[0])
                .GroupBy(s => s.ToLowerInvariant()).OrderByDescending(x => x.Count()).ThenBy(x => x.Key.Length).First().First();
        }
        var full = surfaces.Select(NameForms.StripTitles).Where(s => !s.All(c => char.IsUpper(c) || !char.IsLetter(c)) || s.Length > 5).ToList();
        return (full.Count > 0 ? full : surfaces).MaxBy(s => s.Length)!;
    }
}
