using System.Diagnostics;
using System.Globalization;
using Nexus.Cli.Infrastructure;
using Nexus.Extraction.Pipeline;
using Nexus.Ingestion.Ingest;
using Nexus.Ingestion.Reading;
using Nexus.Store.Sqlite;

namespace Nexus.Cli.Bench;

/// <summary>
/// Times three passes over the same generated corpus in one run: reading alone (the baseline), reading
/// plus extraction, and the full ingest into a fresh store. Reported as articles per second and as
/// ratios to the baseline, with the process's peak working set. With a keep folder, the generated
/// corpus and the filled store stay there (for load tests of the web API, say).
/// </summary>
public static class IngestBenchmark
{
    public static int Run(TextWriter o, int count, string? keepIn = null)
    {
        var dir = keepIn is null ? Directory.CreateTempSubdirectory("nexus-bench-").FullName : Directory.CreateDirectory(keepIn).FullName;
        try
        {
            var corpus = Path.Combine(dir, "articles");
            new SyntheticArticles().WriteTo(corpus, count);
            var bytes = Directory.EnumerateFiles(corpus).Sum(f => new FileInfo(f).Length);
            var reader = new ArticleReader(new ReaderOptions());
            var files = reader.Expand(corpus).ToList();
            var models = ModelPaths.Directory;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {count:N0} synthetic articles, {bytes / 1024.0 / 1024.0:F1} MiB, {Environment.ProcessorCount} cores"));

            var read = Time(() => files.SelectMany(reader.Read).AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount).Count(r => r.Succeeded));
            using var pipelines = new ThreadLocal<ExtractionPipeline>(() => DefaultPipeline.Create(models));
            var extract = Time(() => files.SelectMany(reader.Read).AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount)
                .Select(r => pipelines.Value!.Extract(r.Article!).Claims.Length).Count());
            IngestSummary? summary = null;
            var ingest = Time(() =>
            {
                using var store = SqliteKnowledgeStore.Open(Path.Combine(dir, "bench.db"));
                using var ingester = new Ingester(store, reader, () => DefaultPipeline.Create(models));
                summary = ingester.IngestAll(files);
                return summary.New;
            });
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

            o.WriteLine($"{"pass",-22} {"seconds",8} {"articles/s",11} {"vs read",8}");
            Row(o, "read (baseline)", read, count, read);
            Row(o, "read + extract", extract, count, read);
            Row(o, "ingest (SQLite)", ingest, count, read);
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored {summary!.New:N0} new, {summary.NearDuplicate:N0} near-duplicate; peak working set {peak:F0} MiB"));
            return ExitCodes.Ok;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keepIn is null) Directory.Delete(dir, recursive: true);
            else o.WriteLine($"kept the corpus in {Path.Combine(dir, "articles")} and the store {Path.Combine(dir, "bench.db")}");
        }
    }

    private static TimeSpan Time(Func<int> work)
    {
        var clock = Stopwatch.StartNew();
        _ = work();
        return clock.Elapsed;
    }

    private static void Row(TextWriter o, string name, TimeSpan elapsed, int count, TimeSpan baseline) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {elapsed.TotalSeconds,8:F2} {count / elapsed.TotalSeconds,11:F0} {elapsed.TotalSeconds / baseline.TotalSeconds,7:F1}x"));
}
