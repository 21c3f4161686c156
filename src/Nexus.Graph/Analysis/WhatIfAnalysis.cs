using System.Collections.Immutable;
using Nexus.Core.Claims;
using Nexus.Graph.Algorithms;
using Nexus.Graph.Model;

namespace Nexus.Graph.Analysis;

/// <summary>
/// Removes actors and reports who loses their only source of sponsorship, funds, arms, training, shelter or
/// direction, how the network fragments (weak components, Borgatti's fragmentation), and ranks every actor
/// (the <paramref name="keyPlayerCandidates"/> of highest degree in large graphs) as a key player by the
/// fragmentation its removal alone causes.
/// </summary>
public static class WhatIfAnalysis
{
    public static WhatIfResult Run(KnowledgeGraph g, IReadOnlyCollection<long> removeIds, int keyPlayerCandidates = 300, int topKeyPlayers = 15)
    {
        var index = g.NodeIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var graph = g.ToIndexed(directed: false);
        var removed = new bool[graph.NodeCount];
        foreach (var id in removeIds) if (index.TryGetValue(id, out var i)) removed[i] = true;
        var (before, countBefore) = Components.Label(graph);
        var (after, countAfter) = Components.Label(graph, removed);
        var groups = Enumerable.Range(0, countAfter)
            .Select(c => Enumerable.Range(0, after.Length).Where(i => after[i] == c).Select(i => g.NameOf(g.NodeIds[i])).Order(StringComparer.Ordinal).ToImmutableArray())
            .OrderByDescending(m => m.Length).ThenBy(m => m[0], StringComparer.Ordinal).ToImmutableArray();
        var candidates = Enumerable.Range(0, graph.NodeCount).OrderByDescending(graph.OutDegree).ThenBy(i => i).Take(keyPlayerCandidates);
        var keyPlayers = candidates.Select(i =>
        {
            var alone = new bool[graph.NodeCount];
            alone[i] = true;
            var (label, count) = Components.Label(graph, alone);
            return new KeyPlayer(g.NodeIds[i], g.NameOf(g.NodeIds[i]), Components.Fragmentation(label, count), count, CutOff(g, [g.NodeIds[i]]).Length);
        }).OrderByDescending(k => k.Fragmentation).ThenByDescending(k => k.DependentsCutOff).ThenBy(k => k.Name, StringComparer.Ordinal)
          .Take(topKeyPlayers).ToImmutableArray();
        return new WhatIfResult(
            [.. removeIds.Select(g.NameOf)], CutOff(g, removeIds),
            countBefore, countAfter, Largest(before, countBefore), Largest(after, countAfter),
            Components.Fragmentation(before, countBefore), Components.Fragmentation(after, countAfter),
            groups, keyPlayers);
    }

    /// <summary>Actors (not removed) all of whose suppliers of some support type are among the removed.</summary>
    public static ImmutableArray<LostSupport> CutOff(KnowledgeGraph g, IReadOnlyCollection<long> removeIds)
    {
        var gone = removeIds.ToHashSet();
        return [.. g.Edges.Where(e => e.Type.IsSupport() && !gone.Contains(e.TargetId))
            .GroupBy(e => (e.TargetId, e.Type))
            .Where(x => x.All(e => gone.Contains(e.SourceId)) && x.Any(e => gone.Contains(e.SourceId)))
            .Select(x => new LostSupport(x.Key.TargetId, g.NameOf(x.Key.TargetId), x.Key.Type.ToWire(),
                [.. x.Select(e => g.NameOf(e.SourceId)).Distinct().Order(StringComparer.Ordinal)]))
            .OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Relation, StringComparer.Ordinal)];
    }

    private static int Largest(int[] label, int count)
    {
        var sizes = new int[count];
        foreach (var l in label) if (l >= 0) sizes[l]++;
        return count == 0 ? 0 : sizes.Max();
    }
}
