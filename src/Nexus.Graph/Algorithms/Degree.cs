namespace Nexus.Graph.Algorithms;

/// <summary>Degree centralities as NetworkX defines them: neighbour counts divided by n−1.</summary>
public static class Degree
{
    public static double[] Centrality(IndexedGraph g) =>
        Scaled(g, v => g.Directed ? g.OutDegree(v) + g.InDegree(v) : g.OutDegree(v));

    public static double[] InCentrality(IndexedGraph g) => Scaled(g, g.InDegree);

    public static double[] OutCentrality(IndexedGraph g) => Scaled(g, g.OutDegree);

    /// <summary>Sum of edge weights at each node (in plus out for a directed graph).</summary>
    public static double[] Strength(IndexedGraph g)
    {
        var s = new double[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++)
        {
            for (var i = g.OutOffsets[v]; i < g.OutOffsets[v + 1]; i++) s[v] += g.OutWeights[i];
            if (g.Directed)
                for (var i = g.InOffsets[v]; i < g.InOffsets[v + 1]; i++) s[v] += g.InWeights[i];
        }
        return s;
    }

    private static double[] Scaled(IndexedGraph g, Func<int, int> degree)
    {
        var n = g.NodeCount;
        var scale = n > 1 ? 1.0 / (n - 1) : 1.0;
        var d = new double[n];
        for (var v = 0; v < n; v++) d[v] = degree(v) * scale;
        return d;
    }
}
