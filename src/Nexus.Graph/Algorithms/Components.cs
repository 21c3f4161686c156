namespace Nexus.Graph.Algorithms;

/// <summary>Weakly connected components, optionally ignoring some removed nodes.</summary>
public static class Components
{
    /// <summary>Component label per node (−1 for removed nodes), labels 0..count−1 in order of first node.</summary>
    public static (int[] Label, int Count) Label(IndexedGraph g, bool[]? removed = null)
    {
        var n = g.NodeCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var stack = new Stack<int>();
        var count = 0;
        for (var s = 0; s < n; s++)
        {
            if (label[s] >= 0 || removed?[s] == true) continue;
            label[s] = count;
            stack.Push(s);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                Visit(g.OutTargets, g.OutOffsets, v);
                if (g.Directed) Visit(g.InSources, g.InOffsets, v);
            }
            count++;
        }
        return (label, count);

        void Visit(int[] nbr, int[] off, int v)
        {
            for (var i = off[v]; i < off[v + 1]; i++)
            {
                var w = nbr[i];
                if (label[w] >= 0 || removed?[w] == true) continue;
                label[w] = count;
                stack.Push(w);
            }
        }
    }

    /// <summary>
    /// Borgatti's fragmentation: the share of ordered pairs of remaining nodes that cannot reach each other,
    /// 1 − Σ s_k(s_k − 1) / (n(n − 1)).
    /// </summary>
    public static double Fragmentation(int[] label, int count)
    {
        var sizes = new long[count];
        long n = 0;
        foreach (var l in label)
            if (l >= 0) { sizes[l]++; n++; }
        if (n < 2) return 0;
        double reachable = 0;
        foreach (var s in sizes) reachable += s * (s - 1.0);
        return 1 - reachable / (n * (n - 1.0));
    }
}
