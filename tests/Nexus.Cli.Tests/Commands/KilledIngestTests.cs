using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Nexus.Cli.Bench;
using Nexus.Cli.Tests.Infrastructure;

namespace Nexus.Cli.Tests.Commands;

public class KilledIngestTests
{
    private const int Articles = 1500;

    [Fact]
    public void A_kill_9_mid_batch_leaves_a_consistent_store_that_a_rerun_completes()
    {
        using var tmp = new TempFolder();
        var corpus = Path.Combine(tmp.Path, "corpus");
        new SyntheticArticles(seed: 7).WriteTo(corpus, Articles);
        var db = Path.Combine(tmp.Path, "k.db");

        using (var p = Process.Start(NexusProcess.StartInfo(tmp.Path, "ingest", "--db", db, corpus))!)
        {
            p.StandardInput.Close();
            _ = p.StandardError.ReadToEndAsync();
            _ = p.StandardOutput.ReadToEndAsync();
            var clock = Stopwatch.StartNew();
            long stored = 0;
            while (clock.Elapsed < TimeSpan.FromMinutes(2) && !p.HasExited && (stored = SafeCount(db)) < 20) Thread.Sleep(5);
            Assert.False(p.HasExited, "the ingest finished before it could be killed; make the batch larger");
            p.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            p.WaitForExit();
            Assert.True(stored >= 20);
        }

        var before = Consistency(db);
        Assert.InRange(before.Articles, 20, Articles - 1);

        var rerun = NexusProcess.Run(tmp.Path, null, "ingest", "--db", db, corpus);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"duplicate {before.Articles},", rerun.Stderr);
        Assert.Contains($"new {Articles - before.Articles},", rerun.Stderr);
        Assert.Equal(Articles, Consistency(db).Articles);
    }

    /// <summary>Integrity check passes, and every stored article has exactly the claims, events and mentions it says it has.</summary>
    private static (long Articles, long Claims) Consistency(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        Assert.Equal("ok", Scalar(c, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(c, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
        Assert.Equal(0L, Scalar(c, """
            SELECT COUNT(*) FROM articles a
            WHERE a.claim_count <> (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id)
               OR a.event_count <> (SELECT COUNT(*) FROM events v WHERE v.article_id = a.id)
               OR (a.entity_count > 0 AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id))
            """));
        return ((long)Scalar(c, "SELECT COUNT(*) FROM articles")!, (long)Scalar(c, "SELECT COUNT(*) FROM claims")!);
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static long SafeCount(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            return (long)Scalar(c, "SELECT COUNT(*) FROM articles")!;
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }
}
