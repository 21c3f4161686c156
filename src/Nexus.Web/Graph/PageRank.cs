namespace Nexus.Web.Graph;

/// <summary>Weighted PageRank by power iteration; symmetric edges count both ways. Sizes the nodes of the map.</summary>
internal static class PageRank
{
    public static Dictionary<long, double> Compute(IReadOnlyCollection<long> nodes, IEnumerable<(long From, long To, double Weight)> arcs, double damping = 0.85)
    {
        var ids = nodes.ToArray();
        var at = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var outgoing = new List<(int To, double W)>[ids.Length];
        for (var i = 0; i < ids.Length; i++) outgoing[i] = [];
        foreach (var (from, to, w) in arcs)
            if (at.TryGetValue(from, out var f) && at.TryGetValue(to, out var t) && w > 0) outgoing[f].Add((t, w));
        var rank = Enumerable.Repeat(1.0 / Math.Max(1, ids.Length), ids.Length).ToArray();
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var next = new double[ids.Length];
            var dangling = 0.0;
            for (var i = 0; i < ids.Length; i++)
            {
                var total = outgoing[i].Sum(o => o.W);
                if (total == 0) { dangling += rank[i]; continue; }
                foreach (var (to, w) in outgoing[i]) next[to] += damping * rank[i] * w / total;
            }
            var teleport = ((1 - damping) + damping * dangling) / ids.Length;
            var delta = 0.0;
            for (var i = 0; i < ids.Length; i++) { next[i] += teleport; delta += Math.Abs(next[i] - rank[i]); }
            rank = next;
            if (delta < 1e-10) break;
        }
        return ids.Select((id, i) => (id, rank[i])).ToDictionary(p => p.id, p => p.Item2);
    }
}
