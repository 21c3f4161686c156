using Nexus.Core.Claims;
using System.Collections.Immutable;
using Nexus.Graph.Model;

namespace Nexus.Graph.Analysis;

/// <summary>
/// Ties that changed between reporting up to <c>from</c> and reporting up to <c>to</c>. New: first reported after
/// <c>from</c>. Vanished: reported by <c>from</c> but not once in (from, to]. Strengthened or weakened: the
/// edge's confidence as of <c>to</c> differs from its confidence as of <c>from</c> by at least <paramref name="minDelta"/>
/// (more outlets, or a denial).
/// </summary>
public static class ChangesAnalysis
{
    public static ImmutableArray<TieChange> Run(Core.Knowledge.KnowledgeSnapshot snapshot, GraphOptions options, DateOnly from, DateOnly to, double minDelta = 0.01)
    {
        var before = KnowledgeGraph.Build(snapshot, options with { Window = new TimeWindow(AsOf: from) });
        var after = KnowledgeGraph.Build(snapshot, options with { Window = new TimeWindow(AsOf: to) });
        var between = KnowledgeGraph.Build(snapshot, options with { Window = new TimeWindow(From: from.AddDays(1), To: to) });
        var old = before.Edges.ToDictionary(e => e.Key);
        var recent = between.Edges.Select(e => e.Key).ToHashSet();
        var changes = new List<TieChange>();
        foreach (var e in after.Edges)
        {
            if (!old.TryGetValue(e.Key, out var was)) changes.Add(Row("new", after, e, null, e));
            else if (e.Confidence - was.Confidence >= minDelta) changes.Add(Row("strengthened", after, e, was, e));
            else if (was.Confidence - e.Confidence >= minDelta) changes.Add(Row("weakened", after, e, was, e));
        }
        foreach (var was in before.Edges.Where(e => !recent.Contains(e.Key)))
            changes.Add(Row("vanished", before, was, was, null));
        return [.. changes.OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Target, StringComparer.Ordinal)];
    }

    private static TieChange Row(string kind, KnowledgeGraph g, AggregatedEdge e, AggregatedEdge? was, AggregatedEdge? now) =>
        new(kind, g.NameOf(e.SourceId), e.Type.ToWire(), g.NameOf(e.TargetId), was?.Confidence, now?.Confidence,
            was?.Status.ToString().ToLowerInvariant(), now?.Status.ToString().ToLowerInvariant());
}
