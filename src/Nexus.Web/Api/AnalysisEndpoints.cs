using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Graph.Analysis;
using Nexus.Web.Graph;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>
/// The analyses of Nexus.Graph over HTTP. Each takes asOf, types (comma list) and contested=include|exclude,
/// and returns the analysis' own result record as JSON.
/// </summary>
internal static class AnalysisEndpoints
{
    internal sealed record AnalysisInfo(string Name, string Description, string Path);

    internal sealed record WhatIfView(EntityRef[] Removed, WhatIfResult Result);

    private static readonly AnalysisInfo[] Available =
    [
        new("centrality", "Degree, weighted PageRank and betweenness (sampled above 5,000 actors, with its error bound)", "/api/analyses/centrality"),
        new("brokers", "Bridging actors: betweenness and Burt's constraint (structural holes)", "/api/analyses/brokers"),
        new("communities", "Louvain communities and modularity", "/api/analyses/communities"),
        new("rifts", "Signed network: unbalanced triads and ties whose sign changed over time", "/api/analyses/rifts"),
        new("whatif", "Remove actors (remove=ID,ID): who loses their only source of support, fragmentation, key players", "/api/analyses/whatif"),
        new("changes", "Ties new, vanished, strengthened or weakened between two dates (from, to)", "/api/analyses/changes"),
        new("sensitivity", "How the PageRank top 10 changes when single-source or contested ties are dropped", "/api/analyses/sensitivity"),
    ];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/analyses", () => Results.Ok(Available)).WithSummary("The analyses this server offers");
        api.MapGet("/analyses/centrality", (GraphService g, string? asOf, string? types, string? contested, int? limit) =>
            Run(g, asOf, types, contested, graph => TopCentral(graph, ApiRoutes.Paging(0, limit, 5000, 100).Limit)))
            .WithSummary("Actors ranked by PageRank, with degree and betweenness");
        api.MapGet("/analyses/brokers", (GraphService g, string? asOf, string? types, string? contested) => Run(g, asOf, types, contested, BrokerAnalysis.Run))
            .WithSummary("Brokers and structural holes");
        api.MapGet("/analyses/communities", (GraphService g, string? asOf, string? types, string? contested) => Run(g, asOf, types, contested, CommunityAnalysis.Run))
            .WithSummary("Louvain communities");
        api.MapGet("/analyses/rifts", (GraphService g, string? asOf, string? types, string? contested) => Run(g, asOf, types, contested, graph => RiftAnalysis.Run(graph)))
            .WithSummary("Unbalanced triads and sign changes");
        api.MapGet("/analyses/whatif", WhatIf).WithSummary("What-if removal of actors");
        api.MapGet("/analyses/changes", Changes).WithSummary("Tie changes between two dates");
        api.MapGet("/analyses/sensitivity", (GraphService g, string? asOf, string? types) =>
        {
            var query = GraphQuery.Parse(asOf, types, null, null, out var error);
            if (query is null) return Problems.BadRequest(error!);
            var (index, _) = g.Selected(query);
            return Results.Ok(SensitivityAnalysis.Run(index.Snapshot, query.ToOptions(), graph => CentralityAnalysis.Run(graph).Rows.Select(r => r.Name)));
        }).WithSummary("Stability of the PageRank top 10 without single-source or contested ties");
    }

    private static CentralityResult TopCentral(Nexus.Graph.Model.KnowledgeGraph graph, int top)
    {
        var result = CentralityAnalysis.Run(graph);
        return result with { Rows = [.. result.Rows.Take(top)] };
    }

    private static IResult Run<T>(GraphService graphs, string? asOf, string? types, string? contested, Func<Nexus.Graph.Model.KnowledgeGraph, T> analysis)
    {
        var query = GraphQuery.Parse(asOf, types, null, contested, out var error);
        if (query is null) return Problems.BadRequest(error!);
        return Results.Ok(analysis(graphs.Selected(query).Graph));
    }

    private static IResult WhatIf(GraphService graphs, KnowledgeService knowledge, string? remove, string? asOf, string? types, string? contested)
    {
        var query = GraphQuery.Parse(asOf, types, null, contested, out var error);
        if (query is null) return Problems.BadRequest(error!);
        var removed = new List<long>();
        foreach (var part in (remove ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!long.TryParse(part, out var id)) return Problems.BadRequest($"remove: '{part}' is not an entity id");
            if (!removed.Contains(id)) removed.Add(id);
        }
        if (removed.Count == 0) return Problems.BadRequest("remove must list at least one entity id");
        var (index, graph) = graphs.Selected(query);
        var views = new ViewBuilder(index, knowledge);
        return Results.Ok(new WhatIfView([.. removed.Select(views.Ref)], WhatIfAnalysis.Run(graph, removed)));
    }

    private static IResult Changes(GraphService graphs, string? from, string? to, string? types, string? contested)
    {
        if (!EventEndpoints.TryDate(from, out var start) || !EventEndpoints.TryDate(to, out var end) || start is null || end is null)
            return Problems.BadRequest("from and to are required ISO 8601 dates");
        var query = GraphQuery.Parse(null, types, null, contested, out var error);
        if (query is null) return Problems.BadRequest(error!);
        var (index, _) = graphs.Selected(query);
        return Results.Ok(ChangesAnalysis.Run(index.Snapshot, query.ToOptions(), start.Value.Latest, end.Value.Latest));
    }
}
