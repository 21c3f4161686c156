using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Core.Claims;
using Nexus.Graph.Algorithms;
using Nexus.Graph.Model;
using Nexus.Web.Graph;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>The network as of a date (nodes sized by centrality, edges with status and confidence) and claims by id.</summary>
internal static class GraphEndpoints
{
    internal sealed record NodeView(long Id, string Name, string Type, int Degree, double Centrality);

    internal sealed record EdgeView(string Id, long Source, long Target, string Relation, string Status, double Confidence,
        int Supporting, int Denying, int IndependentSources, int ClaimCount, long[] ClaimIds, string[] DeniedBy, string? FirstSeen, string? LastSeen);

    private const int MaxClaimIds = 100;

    internal sealed record GraphView(string? AsOf, string? First, string? Last, NodeView[] Nodes, EdgeView[] Edges);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/graph", Get).WithSummary("Nodes and edges as of a date; filters: types (comma list), minConfidence, contested=include|exclude|only");
        api.MapGet("/claims", Claims).WithSummary("Claims by id (ids=1,2,3), with evidence");
    }

    private static IResult Get(GraphService graphs, string? asOf, string? types, double? minConfidence, string? contested)
    {
        var query = GraphQuery.Parse(asOf, types, minConfidence, contested, out var error);
        if (query is null) return Problems.BadRequest(error!);
        var (index, graph) = graphs.All(query.AsOf);
        var edges = graph.Edges.Where(query.Admits).ToArray();
        var nodeIds = edges.SelectMany(e => new[] { e.SourceId, e.TargetId }).Distinct().Order().ToArray();
        var at = nodeIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        // Node size: weighted PageRank on the undirected view of the edges shown (a sponsor and its proxy are both central).
        var indexed = IndexedGraph.Build(nodeIds.Length, edges.Select(e => (at[e.SourceId], at[e.TargetId], e.Confidence)), directed: false);
        var rank = PageRank.Compute(indexed);
        var max = rank.Length == 0 ? 1 : rank.Max();
        var degree = edges.SelectMany(e => new[] { e.SourceId, e.TargetId }).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var nodes = nodeIds.Select((id, i) => index.Entities.TryGetValue(id, out var e)
                ? new NodeView(id, e.Name, e.Type.ToString(), degree[id], Math.Round(rank[i] / max, 4))
                : new NodeView(id, $"#{id}", "Unknown", degree[id], Math.Round(rank[i] / max, 4)))
            .OrderByDescending(n => n.Centrality).ThenBy(n => n.Id).ToArray();
        var everything = graphs.All(null).Graph.Edges;
        var first = everything.Length == 0 ? (DateOnly?)null : everything.Min(e => e.FirstSeen);
        var last = everything.Length == 0 ? (DateOnly?)null : everything.Max(e => e.LastSeen);
        return Results.Ok(new GraphView(query.AsOf?.ToString("yyyy-MM-dd"), first?.ToString("yyyy-MM-dd"), last?.ToString("yyyy-MM-dd"), nodes, [.. edges.Select(View)]));
    }

    internal static EdgeView View(AggregatedEdge e) => new(e.Key.ToString(), e.SourceId, e.TargetId, e.Type.ToWire(), Status(e.Status), Math.Round(e.Confidence, 4),
        e.Asserted + e.Hedged, e.Denied, e.IndependentOutlets, e.SupportingClaimIds.Length + e.DenyingClaimIds.Length,
        // Denials first so they are never cut; at most 100 ids per edge keeps the map small on a big store.
        [.. e.DenyingClaimIds.Concat(e.SupportingClaimIds).Take(MaxClaimIds)], [.. e.Deniers],
        e.FirstSeen.ToString("yyyy-MM-dd"), e.LastSeen.ToString("yyyy-MM-dd"));

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
