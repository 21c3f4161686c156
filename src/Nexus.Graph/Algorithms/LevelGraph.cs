namespace Nexus.Graph.Algorithms;

/// <summary>One level of Louvain: weighted adjacency with self-loops, as communities collapse into nodes.</summary>
internal sealed class LevelGraph
{
    private readonly List<(int Node, double Weight)>[] _adjacency;
    private readonly double[] _selfLoop;
    private readonly double[] _degree;
    private readonly double _twoM;

    private LevelGraph(List<(int, double)>[] adjacency, double[] selfLoop)
    {
        _adjacency = adjacency;
        _selfLoop = selfLoop;
        _degree = new double[adjacency.Length];
        for (var v = 0; v < adjacency.Length; v++)
        {
            // A self-loop of weight w adds 2w to the degree, as in NetworkX.
            _degree[v] = 2 * selfLoop[v];
            foreach (var (_, w) in adjacency[v]) _degree[v] += w;
            _twoM += _degree[v];
        }
    }

    public static LevelGraph From(IndexedGraph g)
    {
        var adj = new List<(int, double)>[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++)
        {
            adj[v] = new List<(int, double)>(g.OutDegree(v));
            for (var i = g.OutOffsets[v]; i < g.OutOffsets[v + 1]; i++) adj[v].Add((g.OutTargets[i], g.OutWeights[i]));
        }
        return new LevelGraph(adj, new double[g.NodeCount]);
    }

    public (int[] Community, int Count, bool Improved) MoveNodes(double resolution)
    {
        var n = _adjacency.Length;
        var community = Enumerable.Range(0, n).ToArray();
        var total = (double[])_degree.Clone();
        var linkTo = new double[n];
        var touched = new List<int>();
        var improved = false;
        if (_twoM == 0) return (community, n, false);
        bool movedThisPass;
        do
        {
            movedThisPass = false;
            for (var v = 0; v < n; v++)
            {
                var own = community[v];
                var kv = _degree[v];
                foreach (var (u, w) in _adjacency[v])
                {
                    var c = community[u];
                    if (linkTo[c] == 0) touched.Add(c);
                    linkTo[c] += w;
                }
                total[own] -= kv;
                // Gain of joining c (v already out of its own): k_v,c − γ Σ_tot(c) k_v / 2m, compared on one scale.
                var bestCommunity = own;
                var bestGain = linkTo[own] - resolution * total[own] * kv / _twoM;
                foreach (var c in touched)
                {
                    var gain = linkTo[c] - resolution * total[c] * kv / _twoM;
                    if (gain > bestGain + 1e-12)
                    {
                        bestGain = gain;
                        bestCommunity = c;
                    }
                }
                total[bestCommunity] += kv;
                if (bestCommunity != own)
                {
                    community[v] = bestCommunity;
                    movedThisPass = improved = true;
                }
                foreach (var c in touched) linkTo[c] = 0;
                linkTo[own] = 0;
                touched.Clear();
            }
        } while (movedThisPass);
        var relabeled = Louvain.Relabel(community);
        return (relabeled, relabeled.Length == 0 ? 0 : relabeled.Max() + 1, improved);
    }

    public LevelGraph Collapse(int[] community, int count)
    {
        var self = new double[count];
        var merged = new Dictionary<long, double>();
        for (var v = 0; v < _adjacency.Length; v++)
        {
            var cv = community[v];
            self[cv] += _selfLoop[v];
            foreach (var (u, w) in _adjacency[v])
            {
                var cu = community[u];
                if (cu == cv) self[cv] += w / 2; // each internal edge is seen from both ends
                else merged[((long)cv << 32) | (uint)cu] = merged.GetValueOrDefault(((long)cv << 32) | (uint)cu) + w;
            }
        }
        var adj = new List<(int, double)>[count];
        for (var c = 0; c < count; c++) adj[c] = [];
        foreach (var (key, w) in merged.OrderBy(p => p.Key)) adj[(int)(key >> 32)].Add(((int)(key & 0xffffffff), w));
        return new LevelGraph(adj, self);
    }
}
