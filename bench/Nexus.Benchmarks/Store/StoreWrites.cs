using System.Diagnostics;
using System.Globalization;
using Nexus.Core.Articles;
using Nexus.Extraction.Pipeline;
using Nexus.Ingestion.Dedup;
using Nexus.Store;
using Nexus.Store.Sqlite;

namespace Nexus.Benchmarks.Store;

/// <summary>
/// `store-writes [TEXT_DIR] [--articles N] [--models DIR]`: extracts every .txt of a folder once (default ../shared/seeds),
/// then writes N articles made from those extractions (each text given a unique suffix, so nothing is an exact
/// duplicate; entities recur across articles as they do in a real corpus) into fresh SQLite stores, one transaction per
/// article as the ingester does. Baseline in the same run: the same articles with no entities, claims or events (the
/// article row, its band keys and the commit). Reports articles per second and the ratio to the baseline.
/// </summary>
public static class StoreWrites
{
    public static int Run(string[] args)
    {
        var dir = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "../shared/seeds";
        var count = Option(args, "--articles", 2000);
        var models = Option(args, "--models") ?? "models";
        var pipeline = DefaultPipeline.Create(models);
        var extracted = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => pipeline.Extract(Article.FromPlainText(File.ReadAllText(f).TrimStart('\uFEFF')))).ToList();
        var hasher = new MinHasher();
        var random = new Random(7);
        var batch = new List<(ArticleExtraction Full, ArticleExtraction Bare, NearDuplicateInfo Info)>(count);
        for (var k = 0; k < count; k++)
        {
            var x = extracted[k % extracted.Count];
            var article = new Article(x.Article.Metadata, x.Article.Text + $"\n#{k}", x.Article.Content);
            // A signature of unrelated words: band keys unique to this article, as for distinct reporting.
            var signature = hasher.Compute(string.Join(' ', Enumerable.Range(0, 60).Select(_ => random.Next(1_000_000).ToString(CultureInfo.InvariantCulture))));
            var copy = x with { Article = article };
            batch.Add((copy, copy with { Entities = [], Claims = [], Events = [] }, new NearDuplicateInfo(signature.ToBytes(), signature.BandKeys(), null)));
        }
        var rows = batch.Average(b => b.Full.Entities.Length + b.Full.Entities.Sum(e => e.Mentions.Length + e.Aliases.Length) + b.Full.Claims.Length + b.Full.Events.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} articles from {extracted.Count} texts; per article on average {batch.Average(b => b.Full.Entities.Length):F1} entities, {batch.Average(b => b.Full.Claims.Length):F1} claims, {batch.Average(b => b.Full.Events.Length):F1} events, ~{rows:F0} rows"));

        var baseline = Write(batch.Select(b => (b.Bare, b.Info)));
        var full = Write(batch.Select(b => (b.Full, b.Info)));
        Console.WriteLine($"{"pass",-26} {"wall s",8} {"articles/s",11} {"cpu s",7} {"vs baseline",12}");
        Row("article rows only (base)", baseline, count, baseline);
        Row("full extraction", full, count, baseline);
        return 0;
    }

    private static (double Wall, double Cpu) Write(IEnumerable<(ArticleExtraction X, NearDuplicateInfo Info)> articles)
    {
        var dir = Directory.CreateTempSubdirectory("nexus-store-bench-").FullName;
        try
        {
            using var store = SqliteKnowledgeStore.Open(Path.Combine(dir, "bench.db"));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var (x, info) in articles)
            {
                if (store.FindArticleBySha256(x.Article.Sha256) is not null) throw new InvalidOperationException("duplicate");
                _ = store.FindNearDuplicateCandidates([.. info.BandKeys]);
                store.AddArticle(x, info);
            }
            return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Row(string name, (double Wall, double Cpu) t, int count, (double Wall, double Cpu) baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-26} {t.Wall,8:F2} {count / t.Wall,11:F0} {t.Cpu,7:F2} {t.Wall / baseline.Wall,11:F1}x"));

    private static int Option(string[] args, string name, int fallback) =>
        Option(args, name) is { } s && int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
