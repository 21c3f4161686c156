using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Nexus.Web.Api;

/// <summary>Every API route, under /api.</summary>
public static class ApiRoutes
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        EntityEndpoints.Map(api);
        ArticleEndpoints.Map(api);
        EventEndpoints.Map(api);
        ThreadEndpoints.Map(api);
        GraphEndpoints.Map(api);
        AnalysisEndpoints.Map(api);
        ExportEndpoints.Map(api);
        IngestEndpoints.Map(api);
        ReviewEndpoints.Map(api);
    }

    /// <summary>Clamps paging parameters so no request can ask for the whole store at once.</summary>
    internal static (int Offset, int Limit) Paging(int? offset, int? limit, int max = 500, int fallback = 50) =>
        (Math.Max(0, offset ?? 0), Math.Clamp(limit ?? fallback, 1, max));
}
