using System.CommandLine;
using Nexus.Cli.Infrastructure;
using Nexus.Extraction.Pipeline;
using Nexus.Ingestion.Ingest;
using Nexus.Ingestion.Reading;

namespace Nexus.Cli.Commands;

/// <summary>`nexus ingest PATH...`: read articles, extract, and store them, skipping exact and near duplicates.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.InputPaths("Article files, folders (read recursively) or - for standard input");
        var db = CommonOptions.Database();
        var maxBytes = CommonOptions.MaxBytes();
        var command = new Command("ingest", "Read articles, extract their entities, claims and events, and add them to the store") { paths, db, maxBytes };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.Open(parse.GetValue(db)!);
            var reader = new ArticleReader(new ReaderOptions { MaxBytes = parse.GetValue(maxBytes) });
            var models = ModelPaths.Directory;
            using var ingester = new Ingester(store, reader, () => DefaultPipeline.Create(models));
            var inputs = parse.GetValue(paths)!.SelectMany(reader.Expand).ToList();
            var summary = IngestProgress.Run(ingester, inputs);
            Console.Error.WriteLine(summary.Describe());
            return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
