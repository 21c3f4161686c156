using System.Collections.Immutable;
using Nexus.Core.Claims;
using Nexus.Graph.Model;

namespace Nexus.Graph.Analysis;

/// <summary>
/// The signed network: alliance and material support positive, rivalry, fighting, attacks and targeting negative
/// (<see cref="RelationTypes.Sign"/>). Finds mixed ties, unbalanced triads (Heider/Cartwright–Harary), and ties
/// whose sign flipped: a pair whose earliest evidence on one side predates all the evidence on the other.
/// </summary>
public static class RiftAnalysis
{
    public static RiftResult Run(KnowledgeGraph g, int maxTriads = 1000)
    {
        var pairs = new Dictionary<(long, long), List<AggregatedEdge>>();
        foreach (var e in g.Edges.Where(e => e.Type.Sign() != 0 && e.SourceId != e.TargetId))
        {
            var key = e.SourceId < e.TargetId ? (e.SourceId, e.TargetId) : (e.TargetId, e.SourceId);
            if (!pairs.TryGetValue(key, out var list)) pairs[key] = list = [];
            list.Add(e);
        }
        var ties = pairs.Select(p => Tie(g, p.Key, p.Value))
            .Where(t => t.Sign != 0 || t.Mixed)
            .OrderByDescending(t => t.Mixed).ThenByDescending(t => t.Positive + t.Negative).ThenBy(t => t.NameA, StringComparer.Ordinal)
            .ToImmutableArray();
        var changes = pairs.Select(p => Change(g, p.Key, p.Value)).OfType<SignChange>().OrderByDescending(c => c.After).ToImmutableArray();
        return new RiftResult(ties, Triads(ties, maxTriads), changes);
    }

    private static SignedTie Tie(KnowledgeGraph g, (long A, long B) key, List<AggregatedEdge> edges)
    {
        var pos = edges.Where(e => e.Type.Sign() > 0).ToList();
        var neg = edges.Where(e => e.Type.Sign() < 0).ToList();
        var p = pos.Sum(g.WeightOf);
        var n = neg.Sum(g.WeightOf);
        return new SignedTie(key.A, g.NameOf(key.A), key.B, g.NameOf(key.B), Math.Sign(p - n), p, n,
            [.. pos.Select(Describe(g))], [.. neg.Select(Describe(g))]);
    }

    private static Func<AggregatedEdge, string> Describe(KnowledgeGraph g) =>
        e => $"{g.NameOf(e.SourceId)} {e.Type.ToWire()} {g.NameOf(e.TargetId)} ({e.Status.ToString().ToLowerInvariant()}, {e.Confidence:F2})";

    private static SignChange? Change(KnowledgeGraph g, (long A, long B) key, List<AggregatedEdge> edges)
    {
        var pos = edges.Where(e => e.Type.Sign() > 0).SelectMany(e => e.SupportingClaimIds).ToList();
        var neg = edges.Where(e => e.Type.Sign() < 0).SelectMany(e => e.SupportingClaimIds).ToList();
        if (pos.Count == 0 || neg.Count == 0) return null;
        var (firstPos, lastPos) = (pos.Min(c => EvidenceLookup.WhenOf(g, c)), pos.Max(c => EvidenceLookup.WhenOf(g, c)));
        var (firstNeg, lastNeg) = (neg.Min(c => EvidenceLookup.WhenOf(g, c)), neg.Max(c => EvidenceLookup.WhenOf(g, c)));
        // Positive then negative: every hostile report dates after the first friendly one, and the latest is hostile.
        if (firstPos < firstNeg && lastNeg >= lastPos)
            return Build(g, key, "positive", "negative", firstPos, firstNeg, pos, neg);
        if (firstNeg < firstPos && lastPos >= lastNeg)
            return Build(g, key, "negative", "positive", firstNeg, firstPos, neg, pos);
        return null;
    }

    private static SignChange Build(KnowledgeGraph g, (long A, long B) key, string from, string to, DateOnly before, DateOnly after, List<long> earlier, List<long> later) =>
        new(g.NameOf(key.A), g.NameOf(key.B), from, to, before, after,
            [.. earlier.OrderBy(c => EvidenceLookup.WhenOf(g, c)).Select(c => EvidenceLookup.Describe(g, c))],
            [.. later.OrderBy(c => EvidenceLookup.WhenOf(g, c)).Select(c => EvidenceLookup.Describe(g, c))]);

    private static ImmutableArray<UnbalancedTriad> Triads(ImmutableArray<SignedTie> ties, int max)
    {
        var sign = new Dictionary<(long, long), int>();
        var adjacency = new Dictionary<long, SortedSet<long>>();
        var names = new Dictionary<long, string>();
        foreach (var t in ties.Where(t => t.Sign != 0))
        {
            sign[(t.A, t.B)] = t.Sign;
            (names[t.A], names[t.B]) = (t.NameA, t.NameB);
            Neighbors(t.A).Add(t.B);
            Neighbors(t.B).Add(t.A);
        }
        var result = ImmutableArray.CreateBuilder<UnbalancedTriad>();
        foreach (var a in adjacency.Keys.Order())
            foreach (var b in adjacency[a].Where(b => b > a))
                foreach (var c in adjacency[b].Where(c => c > b && adjacency[a].Contains(c)))
                {
                    var (ab, bc, ac) = (sign[(a, b)], sign[(b, c)], sign[(a, c)]);
                    if (ab * bc * ac < 0 && result.Count < max) result.Add(new UnbalancedTriad(names[a], names[b], names[c], ab, bc, ac));
                }
        return result.ToImmutable();

        SortedSet<long> Neighbors(long v) => adjacency.TryGetValue(v, out var s) ? s : adjacency[v] = [];
    }
}
