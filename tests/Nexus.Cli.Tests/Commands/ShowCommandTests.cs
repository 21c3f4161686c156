using Nexus.Cli.Tests.Infrastructure;

namespace Nexus.Cli.Tests.Commands;

public class ShowCommandTests
{
    [Fact]
    public void Shows_an_entity_found_by_an_alias_with_quoted_evidence_and_sources()
    {
        using var tmp = new TempFolder();
        Assert.Equal(0, NexusProcess.Run(tmp.Path, null, "ingest", RepoPaths.Seeds).ExitCode);
        var r = NexusProcess.Run(tmp.Path, null, "show", "ISKP");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Islamic State", r.Stdout);
        Assert.Contains("“", r.Stdout); // a quoted evidence sentence
        Assert.Contains("says ", r.Stdout);
    }

    [Fact]
    public void An_unknown_name_exits_4_with_one_line()
    {
        using var tmp = new TempFolder();
        Assert.Equal(0, NexusProcess.Run(tmp.Path, null, "ingest", RepoPaths.Seeds).ExitCode);
        var r = NexusProcess.Run(tmp.Path, null, "show", "Nobody At All");
        Assert.Equal(4, r.ExitCode);
        Assert.Equal("nexus: no entity named 'Nobody At All'", Assert.Single(r.ErrorLines));
    }

    [Fact]
    public void Read_verbs_do_not_create_a_store()
    {
        using var tmp = new TempFolder();
        var r = NexusProcess.Run(tmp.Path, null, "show", "ISKP");
        Assert.Equal(3, r.ExitCode);
        Assert.False(File.Exists(Path.Combine(tmp.Path, "nexus.db")));
    }
}
