using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Web.Graph;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>Analyses of the graph: centrality and what-if removal, each as of a date and over chosen relations.</summary>
internal static class AnalysisEndpoints
{
    internal sealed record AnalysisInfo(string Name, string Description, string Path);

    internal sealed record Ranked(EntityRef Entity, double Score, int Degree);

    internal sealed record LossView(EntityRef Entity, string Relation, EntityRef[] LostFrom, bool OnlySource, EntityRef[] Remaining);

    internal sealed record KeyPlayerView(EntityRef Entity, int DependentsCutOff);

    internal sealed record WhatIfView(EntityRef[] Removed, LossView[] Losses, WhatIf.Fragmentation Fragmentation, KeyPlayerView[] KeyPlayers);

    private static readonly AnalysisInfo[] Available =
    [
        new("centrality", "Weighted PageRank and degree over the chosen relations", "/api/analyses/centrality"),
        new("whatif", "Remove actors (remove=ID,ID): who loses their only source of support, how the network fragments", "/api/analyses/whatif"),
    ];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/analyses", () => Results.Ok(Available)).WithSummary("The analyses this server offers");
        api.MapGet("/analyses/centrality", Centrality).WithSummary("Actors ranked by weighted PageRank");
        api.MapGet("/analyses/whatif", Remove).WithSummary("What-if removal of actors");
    }

    private static IResult Centrality(GraphService graph, KnowledgeService knowledge, string? asOf, string? types, double? minConfidence, string? contested, int? limit)
    {
        var query = GraphQuery.Parse(asOf, types, minConfidence, contested, out var error);
        if (query is null) return Problems.BadRequest(error!);
        var (index, all) = graph.Edges(query.AsOf);
        var edges = all.Where(query.Admits).ToArray();
        var nodes = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet();
        var rank = PageRank.Compute(nodes, edges.SelectMany(e => new[] { (e.Source, e.Target, e.Confidence), (e.Target, e.Source, e.Confidence) }));
        var degree = edges.SelectMany(e => new[] { e.Source, e.Target }).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var views = new ViewBuilder(index, knowledge);
        var (_, take) = ApiRoutes.Paging(0, limit, 500, 25);
        return Results.Ok(rank.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(take)
            .Select(p => new Ranked(views.Ref(p.Key), Math.Round(p.Value, 6), degree[p.Key])).ToArray());
    }

    private static IResult Remove(GraphService graph, KnowledgeService knowledge, string? remove, string? asOf, string? types, double? minConfidence, string? contested)
    {
        var query = GraphQuery.Parse(asOf, types, minConfidence, contested, out var error);
        if (query is null) return Problems.BadRequest(error!);
        var removed = new HashSet<long>();
        foreach (var part in (remove ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!long.TryParse(part, out var id)) return Problems.BadRequest($"remove: '{part}' is not an entity id");
            removed.Add(id);
        }
        if (removed.Count == 0) return Problems.BadRequest("remove must list at least one entity id");
        var (index, all) = graph.Edges(query.AsOf);
        var edges = all.Where(query.Admits).ToArray();
        var (losses, fragmentation) = WhatIf.Remove(edges, removed);
        var views = new ViewBuilder(index, knowledge);
        return Results.Ok(new WhatIfView(
            [.. removed.Select(views.Ref)],
            [.. losses.Select(l => new LossView(views.Ref(l.Entity), l.Relation, [.. l.LostFrom.Select(views.Ref)], l.OnlySource, [.. l.Remaining.Select(views.Ref)]))],
            fragmentation,
            [.. WhatIf.KeyPlayers(edges).Select(k => new KeyPlayerView(views.Ref(k.Entity), k.DependentsCutOff))]));
    }
}
