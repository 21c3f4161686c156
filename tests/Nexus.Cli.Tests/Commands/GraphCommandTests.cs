using System.Text.Json;
using Nexus.Cli.Tests.Infrastructure;

namespace Nexus.Cli.Tests.Commands;

public class GraphCommandTests
{
    /// <summary>One ingest of the seeds, then every graph verb on it (ingest is the slow part).</summary>
    [Fact]
    public void Analyze_threads_and_export_run_on_the_ingested_seeds()
    {
        using var tmp = new TempFolder();
        Assert.Equal(0, NexusProcess.Run(tmp.Path, null, "ingest", RepoPaths.Seeds).ExitCode);

        var centrality = NexusProcess.Run(tmp.Path, null, "analyze", "centrality", "--json", "--sensitivity");
        Assert.Equal(0, centrality.ExitCode);
        using (var doc = JsonDocument.Parse(centrality.Stdout))
        {
            var rows = doc.RootElement.GetProperty("result").GetProperty("rows");
            Assert.True(rows.GetArrayLength() > 3);
            Assert.Equal(doc.RootElement.GetProperty("graph").GetProperty("actors").GetInt32(), rows.GetArrayLength());
            Assert.Equal(4, doc.RootElement.GetProperty("sensitivity").GetArrayLength());
        }

        foreach (var verb in new[] { "brokers", "communities", "rifts" })
        {
            var r = NexusProcess.Run(tmp.Path, null, "analyze", verb);
            Assert.True(r.ExitCode == 0, $"{verb}: {r.Stderr}");
            Assert.Contains("actors,", r.Stdout);
        }
        var whatif = NexusProcess.Run(tmp.Path, null, "analyze", "whatif", "--remove", "ISKP");
        Assert.Equal(0, whatif.ExitCode);
        Assert.Contains("FRAGMENTATION", whatif.Stdout);
        Assert.Equal(4, NexusProcess.Run(tmp.Path, null, "analyze", "whatif", "--remove", "Nobody At All").ExitCode);
        Assert.Equal(0, NexusProcess.Run(tmp.Path, null, "analyze", "changes", "--from", "2020", "--to", "2030").ExitCode);
        Assert.Equal(2, NexusProcess.Run(tmp.Path, null, "analyze", "centrality", "--as-of", "not-a-date").ExitCode);

        var threads = NexusProcess.Run(tmp.Path, null, "threads", "--json");
        Assert.Equal(0, threads.ExitCode);
        using (var doc = JsonDocument.Parse(threads.Stdout))
            Assert.Equal(3, doc.RootElement.EnumerateArray().Sum(t => t.GetProperty("dots").GetArrayLength()));

        var gexf = Path.Combine(tmp.Path, "g.gexf");
        Assert.Equal(0, NexusProcess.Run(tmp.Path, null, "export", "--format", "gexf", "--out", gexf).ExitCode);
        Assert.Contains("http://gexf.net/1.3", File.ReadAllText(gexf));
        var stix = NexusProcess.Run(tmp.Path, null, "export", "--format", "stix");
        Assert.Equal(0, stix.ExitCode);
        using (var doc = JsonDocument.Parse(stix.Stdout))
            Assert.Equal("bundle", doc.RootElement.GetProperty("type").GetString());
    }
}
