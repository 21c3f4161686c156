using System.CommandLine;
using System.Diagnostics;
using Nexus.Cli.Infrastructure;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Cli.Commands;

/// <summary>`nexus kb build --data DIR [--curated FILE-OR-FOLDER ...] --out FILE`: builds the actor and place knowledge base, reproducibly.</summary>
public static class KbCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder (countryinfo/, petrarch2-dictionaries/, sanctions/, gazetteer/)", Required = true };
        var curated = new Option<string[]>("--curated") { Description = "Curated actors TSV files or folders of them (every *.tsv); may be repeated", DefaultValueFactory = _ => [Path.Combine("data", "curated")] };
        var output = new Option<string>("--out") { Description = "Where to write the KB (gzip TSV)", DefaultValueFactory = _ => Path.Combine("models", "kb.tsv.gz") };
        var build = new Command("build", "Build the knowledge base from public data and the curated files") { data, curated, output };
        build.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            var curatedPaths = parse.GetValue(curated)!;
            if (!Directory.Exists(dataDir)) throw new CliException($"no such folder: {dataDir}", ExitCodes.Usage);
            foreach (var p in curatedPaths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
                throw new CliException($"no such file or folder: {p}", ExitCodes.Usage);
            var watch = Stopwatch.StartNew();
            var entries = KnowledgeBaseBuilder.Build(dataDir, curatedPaths, Console.Error.WriteLine);
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
