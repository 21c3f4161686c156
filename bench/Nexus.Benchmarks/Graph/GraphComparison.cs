using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Nexus.Graph.Algorithms;

namespace Nexus.Benchmarks.Graph;

/// <summary>
/// Side-by-side timing of Nexus.Graph, python3-igraph and python3-networkx on the same graphs in one run:
/// `dotnet run -c Release --project bench/Nexus.Benchmarks -- graph-compare [--quick | --large]`. Times are the best of several
/// runs after a warm-up. Betweenness on the 262k-node graph uses the same k sampled pivot sources for Nexus and
/// NetworkX (igraph 0.10's Python API cannot restrict sources, so igraph is compared on exact betweenness of a 16k-node
/// graph from the same generator).
/// </summary>
public static class GraphComparison
{
    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        var largeOnly = args.Contains("--large");
        var o = Console.Out;
        var dir = Directory.CreateTempSubdirectory("nexus-graph-bench").FullName;
        o.WriteLine($"# Graph benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        if (!largeOnly)
        {
            foreach (var name in new[] { "noordin-multiplex", "krebs-associates" })
                Compare(o, dir, name, DarkNetwork(name), pivots: 0, exact: true, repeats: 20);
            Compare(o, dir, "synthetic 16k", SyntheticGraph.Generate(16_384, 75_000), pivots: 32, exact: true, repeats: 3);
        }
        if (!quick) Compare(o, dir, "synthetic 262k", SyntheticGraph.Generate(262_144, 1_200_000), pivots: 16, exact: false, repeats: 5);
        Directory.Delete(dir, recursive: true);
        return 0;
    }

    private static void Compare(TextWriter o, string dir, string name, (int N, List<(int, int)> Edges) data, int pivots, bool exact, int repeats)
    {
        var g = SyntheticGraph.ToIndexed(data.N, data.Edges);
        var sources = Betweenness.Pivots(data.N, pivots, seed: 7);
        var edgeFile = Path.Combine(dir, "edges.txt");
        var pivotFile = Path.Combine(dir, "pivots.txt");
        File.WriteAllLines(edgeFile, data.Edges.Select(e => $"{e.Item1} {e.Item2}").Prepend($"{data.N} {data.Edges.Count}"));
        File.WriteAllLines(pivotFile, sources.Select(s => s.ToString(CultureInfo.InvariantCulture)));
        var py = Python(edgeFile, pivotFile, repeats, exact);

        o.WriteLine($"\n## {name}: {data.N:N0} nodes, {data.Edges.Count:N0} edges");
        o.WriteLine("| algorithm | Nexus 1 thread | Nexus all cores | igraph | NetworkX | igraph / Nexus(1) | NetworkX / Nexus(1) |");
        o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Row(o, "PageRank (tol 1e-6)", Time(() => PageRank.Compute(g, weighted: false), repeats), py, "igraph_pagerank", "networkx_pagerank");
        if (exact)
            Row(o, "betweenness, exact", Time(() => Betweenness.Exact(g), data.N > 5000 ? 1 : repeats), py, "igraph_betweenness_exact", "networkx_betweenness_exact");
        if (pivots > 0)
            Row(o, $"betweenness, {pivots} pivots", Time(() => Betweenness.FromSources(g, sources, true, pivots), repeats), py, null, "networkx_betweenness_pivots");
    }

    private static void Row(TextWriter o, string label, (double One, double All) nexus, JsonElement py, string? igraphKey, string? nxKey)
    {
        var ig = igraphKey is not null && py.TryGetProperty(igraphKey, out var a) ? a.GetDouble() : double.NaN;
        var nx = nxKey is not null && py.TryGetProperty(nxKey, out var b) ? b.GetDouble() : double.NaN;
        o.WriteLine($"| {label} | {S(nexus.One)} | {S(nexus.All)} | {S(ig)} | {S(nx)} | {R(ig / nexus.One)} | {R(nx / nexus.One)} |");
    }

    /// <summary>Best of <paramref name="repeats"/> after one warm-up, single-threaded and with every core.</summary>
    private static (double One, double All) Time(Action run, int repeats)
    {
        double Best(int threads)
        {
            Parallelism.MaxThreads = threads;
            run();
            var best = double.MaxValue;
            for (var i = 0; i < repeats; i++)
            {
                var sw = Stopwatch.StartNew();
                run();
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
            }
            return best;
        }
        var one = Best(1);
        var all = Best(Environment.ProcessorCount);
        Parallelism.MaxThreads = Environment.ProcessorCount;
        return (one, all);
    }

    private static JsonElement Python(string edges, string pivots, int repeats, bool exact)
    {
        var script = FindUp(Path.Combine("bench", "Nexus.Benchmarks", "Graph", "compare_graph.py"));
        var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { script, edges, pivots, repeats.ToString(CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
        if (exact) psi.ArgumentList.Add("--exact");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"compare_graph.py failed: {stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static (int, List<(int, int)>) DarkNetwork(string name)
    {
        var path = FindUp(Path.Combine("tests", "Nexus.Graph.Tests", "Expected", name + ".json"));
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().Select(x => x.GetString()!).ToList();
        var index = nodes.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var edges = doc.RootElement.GetProperty("edges").EnumerateArray().Select(e => (index[e[0].GetString()!], index[e[1].GetString()!])).ToList();
        return (nodes.Count, edges);
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException(relative);
    }

    private static string S(double s) => double.IsNaN(s) ? "n/a" : s >= 1 ? $"{s:0.00} s" : $"{s * 1000:0.0} ms";

    private static string R(double r) => double.IsNaN(r) ? "n/a" : $"{r:0.0}x";
}
