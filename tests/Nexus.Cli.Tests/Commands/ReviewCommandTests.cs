using Nexus.Cli.Tests.Infrastructure;

namespace Nexus.Cli.Tests.Commands;

/// <summary>merge, split, history and undo: analyst corrections that are recorded and reversible.</summary>
public class ReviewCommandTests
{
    private const string Article = """
        Report on armed groups

        Lashkar-e-Taiba receives support from the ISI, officials said. The Pakistan Army fought the Tehrik-i-Taliban Pakistan in 2023.
        """;

    [Fact]
    public void Merge_is_listed_in_history_and_undo_restores_both_entities()
    {
        using var tmp = Ingested();
        var merge = NexusProcess.Run(tmp.Path, null, "merge", "Inter-Services Intelligence", "Lashkar-e-Taiba", "--by", "analyst1", "--note", "test merge");
        Assert.True(merge.ExitCode == 0, merge.Stderr);
        Assert.Matches(@"^action 1: merged 'Lashkar-e-Taiba' \(#\d+\) into 'Inter-Services Intelligence' \(#\d+\)", merge.Stdout);

        // Both names now lead to the one entity, which holds the other's aliases.
        var show = NexusProcess.Run(tmp.Path, null, "show", "Lashkar-e-Taiba");
        Assert.StartsWith("Inter-Services Intelligence", show.Stdout);

        var history = NexusProcess.Run(tmp.Path, null, "history");
        Assert.Equal(0, history.ExitCode);
        Assert.Contains("analyst1", history.Stdout);
        Assert.Contains("merge", history.Stdout);
        Assert.Contains("(test merge)", history.Stdout);

        var undo = NexusProcess.Run(tmp.Path, null, "undo", "1");
        Assert.True(undo.ExitCode == 0, undo.Stderr);
        Assert.StartsWith("Lashkar-e-Taiba", NexusProcess.Run(tmp.Path, null, "show", "Lashkar-e-Taiba").Stdout);
        Assert.StartsWith("Inter-Services Intelligence", NexusProcess.Run(tmp.Path, null, "show", "ISI").Stdout);

        // The undo is recorded too, and an action cannot be undone twice.
        Assert.Contains("undid #1", NexusProcess.Run(tmp.Path, null, "history").Stdout);
        var again = NexusProcess.Run(tmp.Path, null, "undo", "1");
        Assert.Equal(2, again.ExitCode);
        Assert.Single(again.ErrorLines);
    }

    [Fact]
    public void Split_moves_an_alias_to_a_new_entity_and_undo_moves_it_back()
    {
        using var tmp = Ingested();
        var split = NexusProcess.Run(tmp.Path, null, "split", "Inter-Services Intelligence", "--into", "Another Agency", "--alias", "ISI");
        Assert.True(split.ExitCode == 0, split.Stderr);
        Assert.StartsWith("Another Agency", NexusProcess.Run(tmp.Path, null, "show", "ISI").Stdout);

        Assert.Equal(0, NexusProcess.Run(tmp.Path, null, "undo", "1").ExitCode);
        Assert.StartsWith("Inter-Services Intelligence", NexusProcess.Run(tmp.Path, null, "show", "ISI").Stdout);
        Assert.Equal(4, NexusProcess.Run(tmp.Path, null, "show", "Another Agency").ExitCode);
    }

    [Fact]
    public void Bad_references_fail_with_one_line_and_change_nothing()
    {
        using var tmp = Ingested();
        var unknown = NexusProcess.Run(tmp.Path, null, "merge", "ISI", "Nobody At All");
        Assert.Equal(4, unknown.ExitCode);
        Assert.Equal("nexus: no entity named 'Nobody At All'", Assert.Single(unknown.ErrorLines));

        var self = NexusProcess.Run(tmp.Path, null, "merge", "ISI", "Inter-Services Intelligence");
        Assert.Equal(2, self.ExitCode);

        var noAlias = NexusProcess.Run(tmp.Path, null, "split", "ISI", "--into", "X", "--alias", "Not An Alias");
        Assert.Equal(2, noAlias.ExitCode);
        Assert.Single(noAlias.ErrorLines);

        Assert.Equal(4, NexusProcess.Run(tmp.Path, null, "undo", "99").ExitCode);
        Assert.Equal("no corrections recorded", NexusProcess.Run(tmp.Path, null, "history").Stdout.Trim());
    }

    private static TempFolder Ingested()
    {
        var tmp = new TempFolder();
        File.WriteAllText(Path.Combine(tmp.Path, "report.txt"), Article);
        var ingest = NexusProcess.Run(tmp.Path, null, "ingest", "report.txt");
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        return tmp;
    }
}
