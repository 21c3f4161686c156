using System.Collections.Immutable;
using Nexus.Graph.Algorithms;
using Nexus.Graph.Model;

namespace Nexus.Graph.Analysis;

/// <summary>Louvain communities of the undirected, confidence-weighted view.</summary>
public static class CommunityAnalysis
{
    public static CommunityResult Run(KnowledgeGraph g)
    {
        var undirected = g.ToIndexed(directed: false);
        var membership = Louvain.Detect(undirected);
        var index = g.NodeIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var count = membership.Length == 0 ? 0 : membership.Max() + 1;
        var inside = new int[count];
        var outside = new int[count];
        foreach (var e in g.Edges)
        {
            var (a, b) = (membership[index[e.SourceId]], membership[index[e.TargetId]]);
            if (a == b) inside[a]++;
            else { outside[a]++; outside[b]++; }
        }
        var communities = Enumerable.Range(0, count)
            .Select(c => (c, members: Enumerable.Range(0, membership.Length).Where(i => membership[i] == c).Select(i => g.NameOf(g.NodeIds[i])).Order(StringComparer.Ordinal).ToImmutableArray()))
            .OrderByDescending(x => x.members.Length).ThenBy(x => x.members[0], StringComparer.Ordinal)
            .Select((x, rank) => new Community(rank + 1, x.members, inside[x.c], outside[x.c]))
            .ToImmutableArray();
        return new CommunityResult(communities, Modularity.Of(undirected, membership));
    }
}
