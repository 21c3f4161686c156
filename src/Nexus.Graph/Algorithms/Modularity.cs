namespace Nexus.Graph.Algorithms;

/// <summary>Newman's modularity of a partition of an undirected weighted graph (NetworkX's formula, resolution γ).</summary>
public static class Modularity
{
    public static double Of(IndexedGraph g, int[] community, double resolution = 1.0)
    {
        var u = g.AsUndirected();
        var n = u.NodeCount;
        var communities = community.Length == 0 ? 0 : community.Max() + 1;
        var internalWeight = new double[communities];
        var totalDegree = new double[communities];
        var twoM = 0.0;
        for (var v = 0; v < n; v++)
            for (var i = u.OutOffsets[v]; i < u.OutOffsets[v + 1]; i++)
            {
                var w = u.OutWeights[i];
                twoM += w;
                totalDegree[community[v]] += w;
                if (community[u.OutTargets[i]] == community[v]) internalWeight[community[v]] += w;
            }
        if (twoM == 0) return 0;
        var q = 0.0;
        for (var c = 0; c < communities; c++)
            q += internalWeight[c] / twoM - resolution * (totalDegree[c] / twoM) * (totalDegree[c] / twoM);
        return q;
    }
}
