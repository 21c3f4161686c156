using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Ingestion.Ingest;
using Nexus.Ingestion.Reading;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>
/// POST /api/ingest: files (multipart), JSON Lines, JSON, HTML or plain text in the body. Needs the
/// token. Each article is read, extracted and stored whole; one bad article never stops the rest.
/// </summary>
internal static class IngestEndpoints
{
    internal sealed record Ingested(string Source, int? Line, long ArticleId, bool Duplicate);

    internal sealed record Failed(string Source, int? Line, string Error);

    internal sealed record IngestReport(Ingested[] Ingested, Failed[] Failed);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/ingest", Ingest)
            .AddEndpointFilter<WriteTokenFilter>()
            .DisableAntiforgery()
            .WithSummary("Ingest articles: multipart files, or a body of JSON Lines (application/x-ndjson), JSON, HTML or text");

    private static async Task<IResult> Ingest(HttpRequest request, KnowledgeService knowledge, NexusWebOptions options)
    {
        if (options.Extractor is null && options.Ingester is null) return Problems.Result(StatusCodes.Status503ServiceUnavailable, "Ingest unavailable", "This server was started without an extractor.");
        if (request.ContentLength > options.MaxRequestBytes)
            return Problems.Result(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"limit is {options.MaxRequestBytes:N0} bytes");
        var reader = new ArticleReader(new ReaderOptions { MaxBytes = options.MaxArticleBytes });
        var outcomes = new List<ReadOutcome>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            if (form.Files.Count == 0) return Problems.BadRequest("multipart body has no files");
            foreach (var file in form.Files)
            {
                await using var stream = file.OpenReadStream();
                outcomes.AddRange(reader.ReadStream(stream, Path.GetFileName(file.FileName), Path.GetExtension(file.FileName)));
            }
        }
        else
        {
            var extension = ExtensionFor(request.ContentType);
            if (extension is null) return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "send multipart/form-data, application/x-ndjson, application/json, text/html or text/plain");
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            body.Position = 0;
            outcomes.AddRange(reader.ReadStream(body, "request" + extension, extension));
        }
        var ingested = new List<Ingested>();
        var failed = new List<Failed>();
        foreach (var outcome in outcomes)
        {
            if (outcome.Article is not { } article) { failed.Add(new Failed(outcome.Source, outcome.Line, outcome.Error ?? "unreadable")); continue; }
            try
            {
                var existing = knowledge.Read(s => s.FindArticleBySha256(article.Sha256));
                if (existing is { } id) { ingested.Add(new Ingested(outcome.Source, outcome.Line, id, true)); continue; }
                var stored = options.Ingester is { } ingester
                    ? knowledge.Write(s => ingester.Ingest(article) == IngestOutcome.Failed ? null : s.FindArticleBySha256(article.Sha256))
                    : knowledge.Write(s => (long?)s.AddArticle(options.Extractor!(article)));
                if (stored is { } storedId) ingested.Add(new Ingested(outcome.Source, outcome.Line, storedId, false));
                else failed.Add(new Failed(outcome.Source, outcome.Line, "could not be stored"));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or FormatException)
            {
                failed.Add(new Failed(outcome.Source, outcome.Line, e.Message));
            }
        }
        var status = ingested.Count == 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return Results.Json(new IngestReport([.. ingested], [.. failed]), statusCode: status);
    }

    private static string? ExtensionFor(string? contentType)
    {
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "application/x-ndjson" or "application/jsonl" or "application/jsonlines" or "application/x-jsonlines" => ".jsonl",
            "application/json" => ".json",
            "text/html" => ".html",
            "text/plain" or "" => ".txt",
            "text/markdown" => ".md",
            _ => null,
        };
    }
}
