namespace Nexus.Graph.Algorithms;

/// <summary>
/// Shortest-path betweenness by Brandes' algorithm on hop counts, normalised as NetworkX does
/// (divided by (n−1)(n−2); for an undirected graph that already counts each pair once).
/// Exact from every source, or estimated from k sampled pivot sources scaled by n/k; see <see cref="ErrorBound"/>.
/// </summary>
public static class Betweenness
{
    public static double[] Exact(IndexedGraph g, bool normalized = true) =>
        FromSources(g, Enumerable.Range(0, g.NodeCount).ToArray(), normalized, g.NodeCount);

    /// <summary>The estimate from <paramref name="k"/> distinct pivots drawn with a fixed seed.</summary>
    public static double[] Sampled(IndexedGraph g, int k, int seed = 42, bool normalized = true)
    {
        k = Math.Min(k, g.NodeCount);
        return FromSources(g, Pivots(g.NodeCount, k, seed), normalized, k);
    }

    /// <summary>Distinct random sources: a partial Fisher–Yates shuffle.</summary>
    public static int[] Pivots(int n, int k, int seed)
    {
        var rng = new Random(seed);
        var all = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < k; i++)
        {
            var j = rng.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }
        return all[..k];
    }

    /// <summary>
    /// Half-width ε of a (1−α) Hoeffding interval for every node's normalised sampled betweenness: each pivot
    /// contributes n·δ_s(v)/((n−1)(n−2)) ∈ [0, n/(n−1)], so ε = n/(n−1) · sqrt(ln(2/α) / 2k).
    /// </summary>
    public static double ErrorBound(int n, int k, double alpha = 0.05) =>
        k <= 0 || n < 3 ? double.PositiveInfinity : n / (n - 1.0) * Math.Sqrt(Math.Log(2 / alpha) / (2.0 * k));

    public static double[] FromSources(IndexedGraph g, int[] sources, bool normalized, int sampleCount)
    {
        var n = g.NodeCount;
        var result = new double[n];
        if (n == 0 || sources.Length == 0) return result;
        var parts = sources.Length >= 2 && n >= 2000 ? Math.Min(Parallelism.MaxThreads, Math.Min(4, sources.Length)) : 1;
        var partial = new double[parts][];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            var work = new BrandesWorkspace(n);
            for (var i = p; i < sources.Length; i += parts) work.Accumulate(g, sources[i]);
            partial[p] = work.Centrality;
        });
        foreach (var part in partial)
            for (var v = 0; v < n; v++) result[v] += part[v];
        var scale = normalized
            ? n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0
            : g.Directed ? 1.0 : 0.5;
        if (sampleCount < n) scale *= (double)n / sampleCount;
        for (var v = 0; v < n; v++) result[v] *= scale;
        return result;
    }
}
