using System.Collections.Immutable;
using Nexus.Core.Claims;
using Nexus.Graph.Algorithms;
using Nexus.Graph.Model;

namespace Nexus.Graph.Analysis;

/// <summary>
/// Degree, weighted PageRank and betweenness of every actor. PageRank and betweenness run on the undirected view
/// (a sponsor and its proxy are both central to the tie); betweenness is exact up to <paramref name="sampleAbove"/>
/// nodes and estimated from pivots beyond.
/// </summary>
public static class CentralityAnalysis
{
    public static CentralityResult Run(KnowledgeGraph g, int sampleAbove = 5000, int pivots = 500, int seed = 42)
    {
        var directed = g.ToIndexed(directed: true);
        var undirected = directed.AsUndirected();
        var unweighted = IndexedGraph.Build(undirected.NodeCount, Arcs(undirected), directed: false);
        var n = g.NodeIds.Length;
        var sampled = n > sampleAbove;
        var k = sampled ? Math.Min(pivots, n) : n;
        var betweenness = sampled ? Betweenness.Sampled(unweighted, k, seed) : Betweenness.Exact(unweighted);
        var pagerank = PageRank.Compute(undirected, tolerance: 1e-10, maxIterations: 1000);
        var degree = Degree.Centrality(undirected);
        var supports = g.Edges.Where(e => e.Type.IsSupport()).GroupBy(e => e.SourceId)
            .ToDictionary(x => x.Key, x => x.Select(e => e.TargetId).Distinct().Count());
        var rows = Enumerable.Range(0, n).Select(i =>
        {
            var id = g.NodeIds[i];
            var type = g.EntitiesById.TryGetValue(id, out var e) ? e.Type.ToString() : "";
            return new CentralityRow(id, g.NameOf(id), type, supports.GetValueOrDefault(id), directed.InDegree(i), directed.OutDegree(i),
                degree[i], pagerank[i], betweenness[i]);
        }).OrderByDescending(r => r.PageRank).ThenBy(r => r.Name, StringComparer.Ordinal).ToImmutableArray();
        return new CentralityResult(rows, n, g.Edges.Length, sampled, k, sampled ? Betweenness.ErrorBound(n, k) : 0);
    }

    internal static IEnumerable<(int, int, double)> Arcs(IndexedGraph g)
    {
        for (var v = 0; v < g.NodeCount; v++)
            for (var i = g.OutOffsets[v]; i < g.OutOffsets[v + 1]; i++) yield return (v, g.OutTargets[i], 1.0);
    }
}
