using System.CommandLine;
using Nexus.Cli.Bench;

namespace Nexus.Cli.Commands;

/// <summary>`nexus bench ingest`: end-to-end throughput and memory, as ratios against baselines run alongside.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many synthetic articles to generate and ingest", DefaultValueFactory = _ => 10_000 };
        var keep = new Option<string?>("--keep") { Description = "Write the corpus and the store into this folder and keep them (default: a temporary folder, deleted)" };
        var ingest = new Command("ingest", "Generate synthetic articles, then time reading alone, extraction alone and a full ingest into a fresh SQLite store") { articles, keep };
        ingest.SetAction(parse => IngestBenchmark.Run(Console.Out, parse.GetValue(articles), parse.GetValue(keep)));
        return new Command("bench", "Benchmarks that measure the whole program; micro-benchmarks live in bench/Nexus.Benchmarks") { ingest };
    }
}
