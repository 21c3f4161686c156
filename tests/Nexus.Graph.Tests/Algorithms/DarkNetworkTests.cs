using Nexus.Graph.Algorithms;

namespace Nexus.Graph.Tests.Algorithms;

/// <summary>Nexus.Graph against NetworkX on real covert networks (Noordin Top, Krebs 9/11), to 1e-9.</summary>
public sealed class DarkNetworkTests
{
    private const double Tolerance = 1e-9;

    /// <summary>Each network against NetworkX run live in this test run, and against the checked-in reference.</summary>
    public static TheoryData<string, string> Networks
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in new[] { "noordin-communication", "noordin-multiplex", "krebs-associates", "krebs-snabook" })
                foreach (var source in new[] { "live", "checked-in" })
                    data.Add(name, source);
            return data;
        }
    }

    [Theory, MemberData(nameof(Networks))]
    public void DegreeCentralityMatchesNetworkX(string name, string source)
    {
        var net = ReferenceNetwork.Load(name, source);
        AssertClose(net.Values("degree_centrality"), Degree.Centrality(net.Unweighted), net.Nodes);
    }

    [Theory, MemberData(nameof(Networks))]
    public void WeightedAndUnweightedPageRankMatchNetworkX(string name, string source)
    {
        var net = ReferenceNetwork.Load(name, source);
        AssertClose(net.Values("pagerank_weighted"), PageRank.Compute(net.Weighted, tolerance: 1e-15, maxIterations: 10000), net.Nodes);
        AssertClose(net.Values("pagerank_unweighted"), PageRank.Compute(net.Weighted, tolerance: 1e-15, maxIterations: 10000, weighted: false), net.Nodes);
    }

    [Theory, MemberData(nameof(Networks))]
    public void ExactBetweennessMatchesNetworkX(string name, string source)
    {
        var net = ReferenceNetwork.Load(name, source);
        AssertClose(net.Values("betweenness"), Betweenness.Exact(net.Unweighted), net.Nodes);
    }

    [Theory, MemberData(nameof(Networks))]
    public void BurtConstraintAndEffectiveSizeMatchNetworkX(string name, string source)
    {
        var net = ReferenceNetwork.Load(name, source);
        AssertClose(net.Values("constraint_weighted"), Constraint.Compute(net.Weighted), net.Nodes);
        AssertClose(net.Values("effective_size"), Constraint.EffectiveSize(net.Unweighted), net.Nodes);
    }

    [Theory, MemberData(nameof(Networks))]
    public void ModularityOfNetworkXsLouvainPartitionMatches(string name, string source)
    {
        var net = ReferenceNetwork.Load(name, source);
        var partition = NetworkXPartition(net);
        Assert.Equal(net.Root.GetProperty("louvain_seed7_modularity").GetDouble(), Modularity.Of(net.Weighted, partition), Tolerance);
    }

    /// <summary>Louvain is heuristic and NetworkX shuffles with its seed, so partitions differ; quality must not.</summary>
    [Theory, MemberData(nameof(Networks))]
    public void LouvainFindsPartitionAsGoodAsNetworkX(string name, string source)
    {
        var net = ReferenceNetwork.Load(name, source);
        var ours = Modularity.Of(net.Weighted, Louvain.Detect(net.Weighted));
        var theirs = net.Root.GetProperty("louvain_seed7_modularity").GetDouble();
        Assert.True(ours >= theirs - 0.02, $"our modularity {ours:F6} vs NetworkX {theirs:F6}");
    }

    [Theory, MemberData(nameof(Networks))]
    public void ComponentCountMatchesNetworkX(string name, string source)
    {
        var net = ReferenceNetwork.Load(name, source);
        Assert.Equal(net.Root.GetProperty("components").GetInt32(), Components.Label(net.Unweighted).Count);
    }

    private static int[] NetworkXPartition(ReferenceNetwork net)
    {
        var index = net.Nodes.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
        var partition = new int[net.Nodes.Length];
        var c = 0;
        foreach (var community in net.Root.GetProperty("louvain_seed7_communities").EnumerateArray())
        {
            foreach (var node in community.EnumerateArray()) partition[index[node.GetString()!]] = c;
            c++;
        }
        return partition;
    }

    private static void AssertClose(double[] expected, double[] actual, string[] nodes)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i])) { Assert.True(double.IsNaN(actual[i]), $"{nodes[i]}: expected NaN, got {actual[i]}"); continue; }
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"{nodes[i]}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
