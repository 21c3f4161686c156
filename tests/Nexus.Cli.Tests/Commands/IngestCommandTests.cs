using Microsoft.Data.Sqlite;
using Nexus.Cli.Tests.Infrastructure;

namespace Nexus.Cli.Tests.Commands;

public class IngestCommandTests
{
    [Fact]
    public void Ingesting_the_seeds_stores_three_articles_and_a_rerun_is_a_no_op()
    {
        using var tmp = new TempFolder();
        var first = NexusProcess.Run(tmp.Path, null, "ingest", RepoPaths.Seeds);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("read 3, new 3, duplicate 0", first.Stderr);
        Assert.True(File.Exists(Path.Combine(tmp.Path, "nexus.db")), "the default store is nexus.db in the working directory");

        var again = NexusProcess.Run(tmp.Path, null, "ingest", RepoPaths.Seeds);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("read 3, new 0, duplicate 3", again.Stderr);

        var list = NexusProcess.Run(tmp.Path, null, "articles");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("3 article(s)", list.Stdout);
    }

    [Fact]
    public void Bad_inputs_each_get_one_line_and_the_good_ones_still_go_in()
    {
        using var tmp = new TempFolder();
        var good = tmp.File("in/good.txt", "Rebels of the Northern Front attacked a convoy in Velmora on Monday, officials said.");
        var binary = tmp.File("in/binary.txt");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 3]);
        var empty = tmp.File("in/empty.txt", "");
        var huge = tmp.File("in/huge.txt", new string('x', 5000));
        var missing = Path.Combine(tmp.Path, "in", "missing.txt");

        var r = NexusProcess.Run(tmp.Path, null, "ingest", "--db", "s.db", "--max-bytes", "4000", good, binary, empty, huge, missing);

        Assert.Equal(1, r.ExitCode);
        var errors = r.ErrorLines.Where(l => l.StartsWith("nexus: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, errors.Length);
        Assert.Contains(errors, l => l.Contains("binary.txt") && l.Contains("binary"));
        Assert.Contains(errors, l => l.Contains("empty.txt") && l.Contains("empty"));
        Assert.Contains(errors, l => l.Contains("huge.txt") && l.Contains("limit"));
        Assert.Contains(errors, l => l.Contains("missing.txt") && l.Contains("no such file"));
        Assert.Contains("new 1", r.Stderr);
        Assert.Contains("failed 4", r.Stderr);
    }

    [Fact]
    public void A_bad_batch_does_not_disturb_what_is_already_stored()
    {
        using var tmp = new TempFolder();
        Assert.Equal(0, NexusProcess.Run(tmp.Path, null, "ingest", "--db", "s.db", RepoPaths.Seeds).ExitCode);
        var before = NexusProcess.Run(tmp.Path, null, "articles", "--db", "s.db").Stdout;
        var junk = tmp.File("junk.bin");
        File.WriteAllBytes(junk, [0, 0, 0, 1, 2, 3]);
        Assert.Equal(1, NexusProcess.Run(tmp.Path, null, "ingest", "--db", "s.db", junk).ExitCode);
        Assert.Equal(before, NexusProcess.Run(tmp.Path, null, "articles", "--db", "s.db").Stdout);
    }

    [Fact]
    public void A_syndicated_copy_is_stored_as_a_copy_of_the_first()
    {
        using var tmp = new TempFolder();
        var body = string.Join(' ', new Nexus.Cli.Bench.SyntheticArticles(seed: 3).Article(1).Split('\n').Skip(4));
        tmp.File("in/a.txt", "Original headline\n\n" + body);
        tmp.File("in/b.txt", "Syndicated headline\n\n" + body + "\nRepublished with permission.");
        var r = NexusProcess.Run(tmp.Path, null, "ingest", "--db", "s.db", Path.Combine(tmp.Path, "in"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("new 1, duplicate 0, near-duplicate 1", r.Stderr);
        Assert.Contains("[copy of #1]", NexusProcess.Run(tmp.Path, null, "articles", "--db", "s.db").Stdout);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        using var tmp = new TempFolder();
        var r = NexusProcess.Run(tmp.Path, "The Eastern Brigade shelled Port Sanlo, residents said.", "ingest", "--db", "s.db", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("new 1", r.Stderr);
    }

    [Fact]
    public void A_store_that_is_not_a_database_is_refused_untouched()
    {
        using var tmp = new TempFolder();
        var db = tmp.File("notes.db", "my precious notes, not a database at all, and long enough to look like a header");
        var r = NexusProcess.Run(tmp.Path, null, "ingest", "--db", db, RepoPaths.Seeds);
        Assert.Equal(3, r.ExitCode);
        Assert.Single(r.ErrorLines);
        Assert.Contains("not a SQLite database", r.Stderr);
        Assert.StartsWith("my precious notes", File.ReadAllText(db));
    }

    [Fact]
    public void Unknown_flags_are_usage_errors()
    {
        using var tmp = new TempFolder();
        var r = NexusProcess.Run(tmp.Path, null, "ingest", "--frobnicate", RepoPaths.Seeds);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--frobnicate", r.Stderr);
        Assert.False(File.Exists(Path.Combine(tmp.Path, "nexus.db")));
    }

    internal static long Count(string db, string table)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }
}
