using System.CommandLine;
using Nexus.Cli.Infrastructure;
using Nexus.Extraction.Output;
using Nexus.Extraction.Pipeline;
using Nexus.Ingestion.Reading;

namespace Nexus.Cli.Commands;

/// <summary>`nexus extract --json FILE...`: the extraction JSON of each article, one line each, touching no store.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.InputPaths("Article files or folders, or - for standard input");
        var json = new Option<bool>("--json") { Description = "Print the extraction JSON (one line per article) instead of a readable summary" };
        var maxBytes = CommonOptions.MaxBytes();
        var command = new Command("extract", "Extract entities, claims and events from articles and print them; nothing is stored") { paths, json, maxBytes };
        command.SetAction(parse =>
        {
            var reader = new ArticleReader(new ReaderOptions { MaxBytes = parse.GetValue(maxBytes) });
            var pipeline = DefaultPipeline.Create(ModelPaths.Directory);
            var failed = 0;
            using var stdout = Console.OpenStandardOutput();
            foreach (var path in parse.GetValue(paths)!.SelectMany(reader.Expand))
            {
                foreach (var outcome in reader.Read(path))
                {
                    if (outcome.Article is null)
                    {
                        Console.Error.WriteLine($"nexus: {outcome.Describe()}");
                        failed++;
                        continue;
                    }
                    var extraction = pipeline.Extract(outcome.Article);
                    if (parse.GetValue(json)) ExtractionJsonWriter.Write(stdout, extraction);
                    else ExtractionSummary.Print(Console.Out, extraction);
                }
            }
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
