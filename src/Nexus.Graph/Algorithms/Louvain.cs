namespace Nexus.Graph.Algorithms;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on the undirected weighted view: move nodes greedily to
/// the neighbouring community with the best modularity gain, collapse communities into nodes, repeat while
/// modularity improves. Deterministic: nodes are visited in index order and ties keep the lower community.
/// </summary>
public static class Louvain
{
    public static int[] Detect(IndexedGraph graph, double resolution = 1.0, double threshold = 1e-7)
    {
        var g = graph.AsUndirected();
        var n = g.NodeCount;
        var membership = Enumerable.Range(0, n).ToArray();
        var level = LevelGraph.From(g);
        var best = Modularity.Of(g, membership, resolution);
        while (true)
        {
            var moved = level.MoveNodes(resolution);
            if (!moved.Improved) break;
            var next = (int[])membership.Clone();
            for (var v = 0; v < n; v++) next[v] = moved.Community[membership[v]];
            var q = Modularity.Of(g, next, resolution);
            if (q - best <= threshold) break;
            membership = next;
            best = q;
            level = level.Collapse(moved.Community, moved.Count);
        }
        return Relabel(membership);
    }

    /// <summary>Communities numbered 0.. in order of their first node.</summary>
    public static int[] Relabel(int[] membership)
    {
        var map = new Dictionary<int, int>();
        var result = new int[membership.Length];
        for (var v = 0; v < membership.Length; v++)
        {
            if (!map.TryGetValue(membership[v], out var c)) map[membership[v]] = c = map.Count;
            result[v] = c;
        }
        return result;
    }
}
