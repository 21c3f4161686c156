using Nexus.Core.Claims;

namespace Nexus.Web.Graph;

/// <summary>
/// Removing actors from the graph: who loses their only source of some kind of support (sponsorship,
/// funds, arms, training, shelter, direction), who loses some of it, and how the network fragments.
/// </summary>
internal static class WhatIf
{
    internal sealed record Loss(long Entity, string Relation, long[] LostFrom, bool OnlySource, long[] Remaining);

    internal sealed record Fragmentation(int ComponentsBefore, int ComponentsAfter, int LargestBefore, int LargestAfter);

    internal sealed record KeyPlayer(long Entity, int DependentsCutOff);

    public static (Loss[] Losses, Fragmentation Fragmentation) Remove(IReadOnlyList<GraphEdge> edges, IReadOnlySet<long> removed)
    {
        var losses = new List<Loss>();
        foreach (var g in edges.Where(e => e.Type.IsSupport()).GroupBy(e => (e.Target, e.Type)))
        {
            if (removed.Contains(g.Key.Target)) continue;
            var sources = g.Select(e => e.Source).Distinct().ToArray();
            var lost = sources.Where(removed.Contains).ToArray();
            if (lost.Length == 0) continue;
            var remaining = sources.Where(s => !removed.Contains(s)).ToArray();
            losses.Add(new Loss(g.Key.Target, g.Key.Type.ToWire(), lost, remaining.Length == 0, remaining));
        }
        var before = Components(edges, new HashSet<long>());
        var after = Components(edges, removed);
        return ([.. losses.OrderByDescending(l => l.OnlySource).ThenBy(l => l.Entity)], new Fragmentation(before.Count, after.Count, before.DefaultIfEmpty(0).Max(), after.DefaultIfEmpty(0).Max()));
    }

    /// <summary>Actors ranked by how many (actor, kind of support) pairs lose their only source if that actor alone goes.</summary>
    public static KeyPlayer[] KeyPlayers(IReadOnlyList<GraphEdge> edges, int top = 10) =>
        [.. edges.Where(e => e.Type.IsSupport()).Select(e => e.Source).Distinct()
            .Select(s => new KeyPlayer(s, Remove(edges, new HashSet<long> { s }).Losses.Count(l => l.OnlySource)))
            .Where(k => k.DependentsCutOff > 0)
            .OrderByDescending(k => k.DependentsCutOff).ThenBy(k => k.Entity).Take(top)];

    /// <summary>Sizes of the weakly connected components left once the removed nodes are gone.</summary>
    private static List<int> Components(IReadOnlyList<GraphEdge> edges, IReadOnlySet<long> removed)
    {
        var parent = new Dictionary<long, long>();
        long Find(long x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        foreach (var e in edges)
        {
            if (removed.Contains(e.Source) || removed.Contains(e.Target)) continue;
            parent.TryAdd(e.Source, e.Source);
            parent.TryAdd(e.Target, e.Target);
            var (a, b) = (Find(e.Source), Find(e.Target));
            if (a != b) parent[a] = b;
        }
        return [.. parent.Keys.GroupBy(Find).Select(g => g.Count())];
    }
}
