using BenchmarkDotNet.Attributes;
using Nexus.Graph.Algorithms;

namespace Nexus.Benchmarks.Graph;

/// <summary>
/// BenchmarkDotNet micro-benchmarks of the graph kernels on the 262k-node, 1.2M-edge synthetic graph; the baseline is
/// one BFS pass of the same graph (the floor any traversal pays). Cross-library figures: GraphComparison.
/// </summary>
[MemoryDiagnoser]
public class GraphAlgorithmBenchmarks
{
    private IndexedGraph _graph = null!;
    private int[] _pivots = [];

    [GlobalSetup]
    public void Setup()
    {
        var (n, edges) = SyntheticGraph.Generate(262_144, 1_200_000);
        _graph = SyntheticGraph.ToIndexed(n, edges);
        _pivots = Betweenness.Pivots(n, 4, seed: 7);
    }

    [Benchmark(Baseline = true)]
    public int ComponentsBfs() => Components.Label(_graph).Count;

    [Benchmark]
    public double[] PageRankPowerIteration() => PageRank.Compute(_graph, weighted: false);

    [Benchmark]
    public double[] BetweennessFourPivots() => Betweenness.FromSources(_graph, _pivots, true, _pivots.Length);
}
