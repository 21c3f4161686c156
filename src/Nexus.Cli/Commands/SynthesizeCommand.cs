using System.CommandLine;
using System.Diagnostics;
using Nexus.Cli.Infrastructure;

namespace Nexus.Cli.Commands;

/// <summary>`nexus synthesize --articles N --db FILE`: fills a store with invented articles for load and scale tests.</summary>
public static class SynthesizeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var count = new Option<int>("--articles") { Description = "How many invented articles to add", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same corpus)", DefaultValueFactory = _ => 1 };
        var command = new Command("synthesize", "Fill a store with invented articles (made-up actors and claims) for load tests; never mix with real data") { db, count, seed };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            if (n < 1) throw new CliException("--articles must be at least 1", ExitCodes.Usage);
            using var store = StoreOpener.Open(parse.GetValue(db)!);
            var corpus = new SyntheticCorpus(parse.GetValue(seed));
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                store.AddArticle(corpus.Next(i));
                if ((i + 1) % 10_000 == 0) Console.Error.WriteLine($"nexus: {i + 1:N0} articles, {clock.Elapsed.TotalSeconds:F0} s");
            }
            Console.Error.WriteLine($"nexus: synthesized {n:N0} articles in {clock.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        });
        return command;
    }
}
