namespace Nexus.Graph.Algorithms;

/// <summary>
/// A simple weighted graph on nodes 0..N-1 in compressed sparse rows: the fast form every algorithm here runs on.
/// Undirected graphs store each edge in both rows. Parallel arcs merge (weights add); self-loops are dropped.
/// </summary>
public sealed class IndexedGraph
{
    private IndexedGraph(int n, bool directed, int[] outOffsets, int[] outTargets, double[] outWeights, int[] inOffsets, int[] inSources, double[] inWeights)
    {
        NodeCount = n;
        Directed = directed;
        OutOffsets = outOffsets;
        OutTargets = outTargets;
        OutWeights = outWeights;
        InOffsets = inOffsets;
        InSources = inSources;
        InWeights = inWeights;
    }

    public int NodeCount { get; }

    public bool Directed { get; }

    public int[] OutOffsets { get; }

    public int[] OutTargets { get; }

    public double[] OutWeights { get; }

    public int[] InOffsets { get; }

    public int[] InSources { get; }

    public double[] InWeights { get; }

    /// <summary>Edges counted once: arcs for a directed graph, node pairs for an undirected one.</summary>
    public long EdgeCount => Directed ? OutTargets.Length : OutTargets.Length / 2;

    public int OutDegree(int v) => OutOffsets[v + 1] - OutOffsets[v];

    public int InDegree(int v) => InOffsets[v + 1] - InOffsets[v];

    public ReadOnlySpan<int> OutNeighbors(int v) => OutTargets.AsSpan(OutOffsets[v], OutOffsets[v + 1] - OutOffsets[v]);

    public ReadOnlySpan<double> OutNeighborWeights(int v) => OutWeights.AsSpan(OutOffsets[v], OutOffsets[v + 1] - OutOffsets[v]);

    public static IndexedGraph Build(int n, IEnumerable<(int Source, int Target, double Weight)> edges, bool directed)
    {
        var merged = new Dictionary<long, double>();
        foreach (var (s, t, w) in edges)
        {
            if ((uint)s >= (uint)n || (uint)t >= (uint)n) throw new ArgumentOutOfRangeException(nameof(edges), $"arc {s}->{t} outside 0..{n - 1}");
            if (s == t) continue;
            var (a, b) = directed || s < t ? (s, t) : (t, s);
            var key = ((long)a << 32) | (uint)b;
            merged[key] = merged.GetValueOrDefault(key) + w;
        }
        var arcs = new List<(int, int, double)>(directed ? merged.Count : merged.Count * 2);
        foreach (var (key, w) in merged)
        {
            var (a, b) = ((int)(key >> 32), (int)(key & 0xffffffff));
            arcs.Add((a, b, w));
            if (!directed) arcs.Add((b, a, w));
        }
        return FromArcs(n, arcs, directed);
    }

    /// <summary>Builds from arcs already free of duplicates and self-loops (undirected: both directions given). No hashing: for large graphs.</summary>
    public static IndexedGraph FromArcs(int n, IReadOnlyList<(int Source, int Target, double Weight)> arcs, bool directed)
    {
        var (outOff, outTgt, outW) = Rows(n, arcs, reverse: false);
        if (!directed) return new IndexedGraph(n, false, outOff, outTgt, outW, outOff, outTgt, outW);
        var (inOff, inSrc, inW) = Rows(n, arcs, reverse: true);
        return new IndexedGraph(n, true, outOff, outTgt, outW, inOff, inSrc, inW);
    }

    private static (int[], int[], double[]) Rows(int n, IReadOnlyList<(int Source, int Target, double Weight)> arcs, bool reverse)
    {
        var offsets = new int[n + 1];
        foreach (var (s, t, _) in arcs) offsets[(reverse ? t : s) + 1]++;
        for (var i = 0; i < n; i++) offsets[i + 1] += offsets[i];
        var fill = offsets[..n];
        var targets = new int[arcs.Count];
        var weights = new double[arcs.Count];
        foreach (var (s, t, w) in arcs)
        {
            var row = reverse ? t : s;
            var at = fill[row]++;
            targets[at] = reverse ? s : t;
            weights[at] = w;
        }
        // Sorted rows make every traversal order, and so every result, independent of input order.
        for (var v = 0; v < n; v++) Array.Sort(targets, weights, offsets[v], offsets[v + 1] - offsets[v]);
        return (offsets, targets, weights);
    }

    /// <summary>The same graph with every arc in both directions and weights of opposite arcs added.</summary>
    public IndexedGraph AsUndirected()
    {
        if (!Directed) return this;
        var arcs = new List<(int, int, double)>(OutTargets.Length);
        for (var v = 0; v < NodeCount; v++)
            for (var i = OutOffsets[v]; i < OutOffsets[v + 1]; i++) arcs.Add((v, OutTargets[i], OutWeights[i]));
        return Build(NodeCount, arcs, directed: false);
    }
}
