using System.Collections.Immutable;
using Nexus.Core.Knowledge;
using Nexus.Graph.Model;

namespace Nexus.Graph.Analysis;

/// <summary>
/// How robust a ranking is to weak evidence: reruns it with confidence-weighted edges, then without single-source
/// edges, without contested edges, and without both, and compares each top-k to the baseline's.
/// </summary>
public static class SensitivityAnalysis
{
    public static ImmutableArray<SensitivityVariant> Run(KnowledgeSnapshot snapshot, GraphOptions options, Func<KnowledgeGraph, IEnumerable<string>> ranking, int top = 10)
    {
        var baseOptions = options with { WeightByConfidence = true, DropSingleSource = false, DropContested = false };
        var variants = new (string Name, GraphOptions Options)[]
        {
            ("all edges, confidence-weighted", baseOptions),
            ("without single-source edges", baseOptions with { DropSingleSource = true }),
            ("without contested edges", baseOptions with { DropContested = true }),
            ("corroborated only", baseOptions with { DropSingleSource = true, DropContested = true }),
        };
        ImmutableArray<string> baseline = [];
        var result = ImmutableArray.CreateBuilder<SensitivityVariant>();
        foreach (var (name, opts) in variants)
        {
            var graph = KnowledgeGraph.Build(snapshot, opts);
            var topK = graph.Edges.Length == 0 ? [] : ranking(graph).Take(top).ToImmutableArray();
            if (result.Count == 0) baseline = topK;
            var overlap = baseline.Length == 0 ? 1.0 : (double)topK.Intersect(baseline).Count() / baseline.Length;
            result.Add(new SensitivityVariant(name, graph.Edges.Length, topK, overlap, [.. baseline.Except(topK)], [.. topK.Except(baseline)]));
        }
        return result.ToImmutable();
    }
}
