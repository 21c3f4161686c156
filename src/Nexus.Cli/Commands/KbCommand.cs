using System.CommandLine;
using System.Diagnostics;
using Nexus.Cli.Infrastructure;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Cli.Commands;

/// <summary>`nexus kb build --data DIR --curated FILE --out FILE`: builds the actor and place knowledge base, reproducibly.</summary>
public static class KbCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder (countryinfo/, petrarch2-dictionaries/, sanctions/, gazetteer/)", Required = true };
        var curated = new Option<string>("--curated") { Description = "The curated actors TSV", DefaultValueFactory = _ => Path.Combine("data", "curated", "south-asian-actors.tsv") };
        var output = new Option<string>("--out") { Description = "Where to write the KB (gzip TSV)", DefaultValueFactory = _ => Path.Combine("models", "kb.tsv.gz") };
        var build = new Command("build", "Build the knowledge base from public data and the curated file") { data, curated, output };
        build.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            var curatedPath = parse.GetValue(curated)!;
            if (!Directory.Exists(dataDir)) throw new CliException($"no such folder: {dataDir}", ExitCodes.Usage);
            if (!File.Exists(curatedPath)) throw new CliException($"no such file: {curatedPath}", ExitCodes.Usage);
            var watch = Stopwatch.StartNew();
            var entries = KnowledgeBaseBuilder.Build(dataDir, curatedPath, Console.Error.WriteLine);
            var outPath = parse.GetValue(output)!;
            KnowledgeBaseFile.Write(outPath, entries);
            foreach (var (type, count) in KnowledgeBaseBuilder.CountByType(entries).OrderBy(p => p.Key, StringComparer.Ordinal))
                Console.Error.WriteLine($"  {type,-15} {count,7}");
            Console.Error.WriteLine($"{entries.Count} entries, {new FileInfo(outPath).Length / 1024} KiB, built in {watch.Elapsed.TotalSeconds:F1} s -> {outPath}");
            return ExitCodes.Ok;
        });
        return new Command("kb", "Knowledge base of actors and places") { build };
    }
}
