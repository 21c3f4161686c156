using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Nexus.Cli.Infrastructure;
using Nexus.Extraction.Pipeline;
using Nexus.Ingestion.Ingest;
using Nexus.Ingestion.Reading;
using Nexus.Web;

namespace Nexus.Cli.Commands;

/// <summary>`nexus serve`: the web workbench and its JSON API over a store, on loopback unless told otherwise.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (reads are open to loopback clients only; others need the token)",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var maxBytes = CommonOptions.MaxBytes();
        var ingest = new Option<string[]>("--ingest")
        {
            Description = "Ingest these article files or folders first (skipping those already stored), then serve: one command from articles to map",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("serve", "Serve the web workbench and the API (writes need NEXUS_TOKEN: Authorization: Bearer TOKEN)") { db, urls, maxBytes, ingest };
        command.SetAction(parse =>
        {
            var store = StoreOpener.Open(parse.GetValue(db)!);
            var models = ModelPaths.Directory;
            var articleLimit = Math.Min(parse.GetValue(maxBytes), 2L * 1024 * 1024);
            using var ingester = new Ingester(store, new ArticleReader(new ReaderOptions { MaxBytes = articleLimit }), () => DefaultPipeline.Create(models));
            if (parse.GetValue(ingest) is { Length: > 0 } inputs)
            {
                var reader = new ArticleReader(new ReaderOptions { MaxBytes = parse.GetValue(maxBytes) });
                Console.Error.WriteLine("nexus: " + IngestProgress.Run(ingester, [.. inputs.SelectMany(reader.Expand)]).Describe());
            }
            var options = new NexusWebOptions
            {
                Store = store,
                Urls = parse.GetValue(urls)!,
                Ingester = ingester,
                SerializeStoreAccess = false, // the SQLite store opens a pooled connection per call
                MaxArticleBytes = articleLimit,
            };
            var app = NexusWebApp.Build(options);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                store.Dispose();
                throw new CliException($"cannot listen on {options.Urls}: {e.Message}", ExitCodes.Usage);
            }
            foreach (var address in app.Urls) Console.Error.WriteLine($"nexus: workbench on {address} (store {store.Path})");
            Console.Error.WriteLine(string.IsNullOrEmpty(options.Token) ? "nexus: writes disabled (set NEXUS_TOKEN to allow ingest and review)" : "nexus: writes need Authorization: Bearer $NEXUS_TOKEN");
            if (!IsLoopback(options.Urls)) Console.Error.WriteLine("nexus: warning: listening beyond loopback; remote clients need the token even to read");
            app.WaitForShutdown();
            store.Dispose();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool IsLoopback(string urls) => urls.Split(';').All(u =>
        Uri.TryCreate(u.Replace("*", "0.0.0.0").Replace("+", "0.0.0.0"), UriKind.Absolute, out var uri)
        && (uri.Host == "localhost" || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
