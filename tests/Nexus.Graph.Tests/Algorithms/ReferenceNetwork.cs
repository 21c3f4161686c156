using System.Text.Json;
using Nexus.Graph.Algorithms;

namespace Nexus.Graph.Tests.Algorithms;

/// <summary>A dark network and NetworkX's results on it, as written by Expected/make_expected.py.</summary>
public sealed class ReferenceNetwork
{
    private ReferenceNetwork(JsonElement root)
    {
        Root = root;
        Nodes = [.. root.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!)];
        var index = Nodes.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var edges = root.GetProperty("edges").EnumerateArray()
            .Select(e => (index[e[0].GetString()!], index[e[1].GetString()!], e[2].GetDouble())).ToList();
        Weighted = IndexedGraph.Build(Nodes.Length, edges, directed: false);
        Unweighted = IndexedGraph.Build(Nodes.Length, edges.Select(e => (e.Item1, e.Item2, 1.0)), directed: false);
    }

    public JsonElement Root { get; }

    public string[] Nodes { get; }

    public IndexedGraph Weighted { get; }

    public IndexedGraph Unweighted { get; }

    /// <summary>From <c>live</c> NetworkX run in this test run (<see cref="LiveNetworkX"/>) or the <c>checked-in</c> copy.</summary>
    public static ReferenceNetwork Load(string name, string source)
    {
        var directory = source switch
        {
            "live" => LiveNetworkX.Directory,
            "checked-in" => Path.Combine(AppContext.BaseDirectory, "Expected"),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "live or checked-in"),
        };
        return new ReferenceNetwork(JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, name + ".json"))).RootElement);
    }

    /// <summary>NetworkX's per-node values in node order; NaN where it wrote null.</summary>
    public double[] Values(string property) =>
        [.. Nodes.Select(n => Root.GetProperty(property).GetProperty(n) is var v && v.ValueKind == JsonValueKind.Null ? double.NaN : v.GetDouble())];
}
