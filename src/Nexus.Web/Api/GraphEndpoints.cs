using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Core.Claims;
using Nexus.Web.Graph;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>The network as of a date (nodes sized by centrality, edges with status and confidence) and claims by id.</summary>
internal static class GraphEndpoints
{
    internal sealed record NodeView(long Id, string Name, string Type, int Degree, double Centrality);

    internal sealed record EdgeView(string Id, long Source, long Target, string Relation, string Status, double Confidence,
        int Supporting, int Denying, int IndependentSources, long[] ClaimIds, string[] DeniedBy, string? FirstSeen, string? LastSeen);

    internal sealed record GraphView(string? AsOf, string? First, string? Last, NodeView[] Nodes, EdgeView[] Edges);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/graph", Get).WithSummary("Nodes and edges as of a date; filters: types (comma list), minConfidence, contested=include|exclude|only");
        api.MapGet("/claims", Claims).WithSummary("Claims by id (ids=1,2,3), with evidence");
    }

    private static IResult Get(GraphService graph, string? asOf, string? types, double? minConfidence, string? contested)
    {
        var query = GraphQuery.Parse(asOf, types, minConfidence, contested, out var error);
        if (query is null) return Problems.BadRequest(error!);
        var (index, all) = graph.Edges(query.AsOf);
        var edges = all.Where(query.Admits).ToArray();
        var everything = graph.Edges(null).Edges;
        var nodeIds = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet();
        var rank = PageRank.Compute(nodeIds, edges.SelectMany(e => new[] { (e.Source, e.Target, e.Confidence), (e.Target, e.Source, e.Confidence) }));
        var max = rank.Count == 0 ? 1 : rank.Values.Max();
        var degree = edges.SelectMany(e => new[] { e.Source, e.Target }).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var nodes = nodeIds.Select(id => index.Entities.TryGetValue(id, out var e)
                ? new NodeView(id, e.Name, e.Type.ToString(), degree[id], Math.Round(rank[id] / max, 4))
                : new NodeView(id, $"#{id}", "Unknown", degree[id], Math.Round(rank[id] / max, 4)))
            .OrderByDescending(n => n.Centrality).ToArray();
        var seen = everything.SelectMany(e => new[] { e.FirstSeen, e.LastSeen }).Where(d => d is not null).Order(StringComparer.Ordinal).ToArray();
        return Results.Ok(new GraphView(query.AsOf?.ToString("yyyy-MM-dd"), seen.FirstOrDefault(), seen.LastOrDefault(), nodes, [.. edges.Select(View)]));
    }

    internal static EdgeView View(GraphEdge e) => new(e.Id, e.Source, e.Target, e.Type.ToWire(), Status(e.Status), e.Confidence,
        e.Supporting, e.Denying, e.IndependentSources, e.ClaimIds, e.DeniedBy, e.FirstSeen, e.LastSeen);

    internal static string Status(EdgeStatus s) => s switch
    {
        EdgeStatus.Corroborated => "corroborated",
        EdgeStatus.SingleSource => "single-source",
        _ => "contested",
    };

    private static IResult Claims(KnowledgeService knowledge, string? ids)
    {
        var parsed = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parsed.Length is 0 or > 200) return Problems.BadRequest("ids must list 1 to 200 claim ids");
        var wanted = new List<long>();
        foreach (var p in parsed)
        {
            if (!long.TryParse(p, out var id)) return Problems.BadRequest($"'{p}' is not a claim id");
            wanted.Add(id);
        }
        var index = knowledge.Index();
        var views = new ViewBuilder(index, knowledge);
        return Results.Ok(wanted.Where(index.Claims.ContainsKey).Select(id => views.Claim(index.Claims[id])).ToArray());
    }
}
