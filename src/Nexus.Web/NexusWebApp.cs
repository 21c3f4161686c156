using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nexus.Web.Api;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web;

/// <summary>Builds the workbench: the JSON API under /api, its OpenAPI document, and the static UI.</summary>
public static class NexusWebApp
{
    public static WebApplication Build(NexusWebOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [] });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<JsonOptions>(j => Configure(j.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi("v1");
        builder.Services.AddSingleton(options);
        var knowledge = new KnowledgeService(options.Store, options.SerializeStoreAccess);
        builder.Services.AddSingleton(knowledge);
        builder.Services.AddSingleton(new GraphService(knowledge));
        builder.Services.AddSingleton<WriteTokenFilter>();

        var app = builder.Build();
        // Build the store index while the server starts, not on the first visitor's request.
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => knowledge.Index()));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<ErrorMiddleware>();
        app.UseMiddleware<RemoteReadGuard>();
        app.MapOpenApi("/api/openapi.json");
        ApiRoutes.Map(app);
        StaticUi.Map(app, options.StaticRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        return app;
    }

    internal static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
