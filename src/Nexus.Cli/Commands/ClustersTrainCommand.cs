using System.CommandLine;
using System.Diagnostics;
using Nexus.Cli.Infrastructure;
using Nexus.Text.Learning;

namespace Nexus.Cli.Commands;

/// <summary>`nexus train clusters --data DIR --out FILE`: hierarchical word clusters from licence-allowed unlabelled text, deterministically.</summary>
public static class ClustersTrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the clusters (path TAB word TAB count; gzip when .gz)", DefaultValueFactory = _ => Path.Combine("models", "clusters.tsv.gz") };
        var minCount = new Option<int>("--min-count") { Description = "Cluster only words seen at least this often", DefaultValueFactory = _ => 3 };
        var depth = new Option<int>("--depth") { Description = "Levels of halving (at most 2^depth clusters)", DefaultValueFactory = _ => 12 };
        var command = new Command("clusters", "Learn word clusters from unlabelled licence-allowed text (UD EWT train, Wikigold, BTC, WNUT-17 train, open re3d, PLOVER)") { data, output, minCount, depth };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(data)!;
            if (!Directory.Exists(dir)) throw new CliException($"no such folder: {dir}", ExitCodes.Usage);
            var watch = Stopwatch.StartNew();
            var sentences = ClusterCorpus.Load(dir, Console.Error.WriteLine);
            var clusters = new WordClusterer { MinCount = parse.GetValue(minCount), MaxDepth = parse.GetValue(depth), Log = Console.Error.WriteLine }.Cluster(sentences);
            WordClusters.WriteText(clusters, parse.GetValue(output)!);
            Console.Error.WriteLine($"{clusters.Count} words, {clusters.Select(c => c.Path).Distinct().Count()} clusters, {new FileInfo(parse.GetValue(output)!).Length / 1024} KiB, trained in {watch.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        });
        return command;
    }
}
