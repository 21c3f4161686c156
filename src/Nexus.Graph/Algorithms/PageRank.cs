namespace Nexus.Graph.Algorithms;

/// <summary>
/// Weighted PageRank by power iteration, with NetworkX's semantics: an undirected edge is two arcs, a node
/// with no out-weight spreads its rank evenly, iteration stops when the L1 change is below N × tolerance,
/// and the result is normalised to sum 1.
/// </summary>
public static class PageRank
{
    public static double[] Compute(IndexedGraph g, double alpha = 0.85, double tolerance = 1e-6, int maxIterations = 100, bool weighted = true)
    {
        var n = g.NodeCount;
        if (n == 0) return [];
        var outWeight = new double[n];
        for (var v = 0; v < n; v++)
        {
            var w = 0.0;
            for (var i = g.OutOffsets[v]; i < g.OutOffsets[v + 1]; i++) w += weighted ? g.OutWeights[i] : 1.0;
            outWeight[v] = w;
        }
        // Each in-arc's share of its source's rank, precomputed so the iteration is one multiply-add per arc.
        var share = new double[g.InSources.Length];
        for (var v = 0; v < n; v++)
            for (var i = g.InOffsets[v]; i < g.InOffsets[v + 1]; i++)
            {
                var u = g.InSources[i];
                share[i] = (weighted ? g.InWeights[i] : 1.0) / outWeight[u];
            }
        var x = new double[n];
        var next = new double[n];
        Array.Fill(x, 1.0 / n);
        for (var iter = 0; iter < maxIterations; iter++)
        {
            var dangling = 0.0;
            for (var v = 0; v < n; v++) if (outWeight[v] == 0) dangling += x[v];
            var teleport = (alpha * dangling + (1 - alpha)) / n;
            var err = Iterate(g, x, next, share, alpha, teleport);
            (x, next) = (next, x);
            if (err < n * tolerance) break;
        }
        var sum = 0.0;
        foreach (var v in x) sum += v;
        for (var v = 0; v < n; v++) x[v] /= sum;
        return x;
    }

    private static double Iterate(IndexedGraph g, double[] x, double[] next, double[] share, double alpha, double teleport)
    {
        var n = g.NodeCount;
        var offsets = g.InOffsets;
        var sources = g.InSources;
        if (n < 50_000 || Parallelism.MaxThreads == 1) return Rows(0, n, offsets, sources, share, x, next, alpha, teleport);
        var parts = Math.Min(Parallelism.MaxThreads, 4);
        var errs = new double[parts];
        Parallel.For(0, parts, p =>
        {
            var lo = (int)((long)n * p / parts);
            var hi = (int)((long)n * (p + 1) / parts);
            errs[p] = Rows(lo, hi, offsets, sources, share, x, next, alpha, teleport);
        });
        return errs.Sum();
    }

    private static double Rows(int lo, int hi, int[] offsets, int[] sources, double[] share, double[] x, double[] next, double alpha, double teleport)
    {
        var err = 0.0;
        for (var v = lo; v < hi; v++)
        {
            var acc = 0.0;
            for (var i = offsets[v]; i < offsets[v + 1]; i++) acc += x[sources[i]] * share[i];
            var value = alpha * acc + teleport;
            next[v] = value;
            err += Math.Abs(value - x[v]);
        }
        return err;
    }
}
