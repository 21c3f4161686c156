using System.Collections.Immutable;
using Nexus.Graph.Algorithms;
using Nexus.Graph.Model;

namespace Nexus.Graph.Analysis;

/// <summary>Bridging actors: ranked by communities bridged, then betweenness, then lowest constraint.</summary>
public static class BrokerAnalysis
{
    public static ImmutableArray<BrokerRow> Run(KnowledgeGraph g)
    {
        var undirected = g.ToIndexed(directed: false);
        var unweighted = IndexedGraph.Build(undirected.NodeCount, CentralityAnalysis.Arcs(undirected), directed: false);
        var betweenness = g.NodeIds.Length > 5000 ? Betweenness.Sampled(unweighted, 500) : Betweenness.Exact(unweighted);
        var constraint = Constraint.Compute(undirected);
        var effective = Constraint.EffectiveSize(unweighted);
        var community = Louvain.Detect(undirected);
        return [.. Enumerable.Range(0, g.NodeIds.Length)
            .Where(i => undirected.OutDegree(i) >= 2)
            .Select(i =>
            {
                var bridged = 0;
                var seen = new HashSet<int>();
                foreach (var w in undirected.OutNeighbors(i))
                    if (community[w] != community[i] && seen.Add(community[w])) bridged++;
                return new BrokerRow(g.NodeIds[i], g.NameOf(g.NodeIds[i]), betweenness[i], constraint[i], effective[i], undirected.OutDegree(i), bridged);
            })
            .OrderByDescending(r => r.CommunitiesBridged).ThenByDescending(r => r.Betweenness).ThenBy(r => r.Constraint).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }
}
