namespace Nexus.Graph.Algorithms;

/// <summary>
/// Burt's structural holes on an undirected weighted graph, as NetworkX computes them: constraint
/// c_i = Σ_j (p_ij + Σ_q p_iq p_qj)², with p_ij the share of i's tie weight that goes to j, and
/// (unweighted) effective size n − 2t/n. A low constraint marks a broker between otherwise unconnected others.
/// </summary>
public static class Constraint
{
    public static double[] Compute(IndexedGraph graph)
    {
        var g = graph.AsUndirected();
        var n = g.NodeCount;
        var total = Degree.Strength(g);
        var result = new double[n];
        var share = new Dictionary<int, double>();
        for (var i = 0; i < n; i++)
        {
            if (g.OutDegree(i) == 0) { result[i] = double.NaN; continue; }
            share.Clear();
            for (var a = g.OutOffsets[i]; a < g.OutOffsets[i + 1]; a++) share[g.OutTargets[a]] = g.OutWeights[a] / total[i];
            var c = 0.0;
            foreach (var (j, pij) in share)
            {
                var indirect = 0.0;
                foreach (var (q, piq) in share)
                {
                    if (q == j) continue;
                    var pqj = WeightBetween(g, q, j) / total[q];
                    indirect += piq * pqj;
                }
                c += (pij + indirect) * (pij + indirect);
            }
            result[i] = c;
        }
        return result;
    }

    public static double[] EffectiveSize(IndexedGraph graph)
    {
        var g = graph.AsUndirected();
        var result = new double[g.NodeCount];
        for (var i = 0; i < g.NodeCount; i++)
        {
            var nbrs = g.OutNeighbors(i);
            if (nbrs.Length == 0) { result[i] = double.NaN; continue; }
            var ties = 0;
            foreach (var j in nbrs)
                foreach (var q in g.OutNeighbors(j))
                    if (q != i && nbrs.BinarySearch(q) >= 0) ties++;
            // ties counts each edge among the neighbours twice, which is the 2t of n − 2t/n.
            result[i] = nbrs.Length - (double)ties / nbrs.Length;
        }
        return result;
    }

    private static double WeightBetween(IndexedGraph g, int a, int b)
    {
        var at = g.OutNeighbors(a).BinarySearch(b);
        return at >= 0 ? g.OutWeights[g.OutOffsets[a] + at] : 0;
    }
}
