using Nexus.Graph.Algorithms;

namespace Nexus.Benchmarks.Graph;

/// <summary>
/// A reproducible sparse graph with a skewed degree distribution: a random recursive tree (so it is connected)
/// plus extra edges whose ends are drawn with probability falling with the node index (hubs, as in real networks).
/// </summary>
public static class SyntheticGraph
{
    public static (int N, List<(int, int)> Edges) Generate(int n, int m, int seed = 2026)
    {
        var rng = new Random(seed);
        var seen = new HashSet<long>(m);
        var edges = new List<(int, int)>(m);
        for (var v = 1; v < n; v++) Add(rng.Next(v), v);
        while (edges.Count < m) Add(Skewed(rng, n), Skewed(rng, n));
        return (n, edges);

        void Add(int a, int b)
        {
            if (a == b) return;
            var (lo, hi) = a < b ? (a, b) : (b, a);
            if (seen.Add(((long)lo << 32) | (uint)hi)) edges.Add((lo, hi));
        }
    }

    public static IndexedGraph ToIndexed(int n, List<(int, int)> edges)
    {
        var arcs = new List<(int, int, double)>(edges.Count * 2);
        foreach (var (a, b) in edges)
        {
            arcs.Add((a, b, 1.0));
            arcs.Add((b, a, 1.0));
        }
        return IndexedGraph.FromArcs(n, arcs, directed: false);
    }

    private static int Skewed(Random rng, int n) => (int)(n * Math.Pow(rng.NextDouble(), 2.5));
}
