namespace Nexus.Graph.Algorithms;

/// <summary>The per-thread arrays of Brandes' algorithm, reused across sources so a source costs no allocation.</summary>
internal sealed class BrandesWorkspace
{
    private readonly int[] _order;
    private readonly int[] _distance;
    private readonly double[] _sigma;
    private readonly double[] _delta;

    public BrandesWorkspace(int n)
    {
        _order = new int[n];
        _distance = new int[n];
        _sigma = new double[n];
        _delta = new double[n];
        Centrality = new double[n];
        Array.Fill(_distance, -1);
    }

    public double[] Centrality { get; }

    public void Accumulate(IndexedGraph g, int source)
    {
        var offsets = g.OutOffsets;
        var targets = g.OutTargets;
        var dist = _distance;
        var sigma = _sigma;
        var order = _order;
        dist[source] = 0;
        sigma[source] = 1;
        int head = 0, tail = 0;
        order[tail++] = source;
        // Breadth-first search: the queue doubles as the order of discovery, so no separate stack.
        while (head < tail)
        {
            var v = order[head++];
            var dv = dist[v] + 1;
            var sv = sigma[v];
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = targets[i];
                if (dist[w] < 0)
                {
                    dist[w] = dv;
                    sigma[w] = 0;
                    order[tail++] = w;
                }
                if (dist[w] == dv) sigma[w] += sv;
            }
        }
        // Dependencies, farthest first; successors are the neighbours one hop further out.
        var delta = _delta;
        for (var j = tail - 1; j >= 0; j--)
        {
            var v = order[j];
            var dv = dist[v] + 1;
            var acc = 0.0;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var w = targets[i];
                if (dist[w] == dv) acc += (1 + delta[w]) / sigma[w];
            }
            delta[v] = sigma[v] * acc;
            if (v != source) Centrality[v] += delta[v];
        }
        for (var j = 0; j < tail; j++)
        {
            var v = order[j];
            dist[v] = -1;
            delta[v] = 0;
        }
    }
}
