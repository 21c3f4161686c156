using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Graph.Export;
using Nexus.Web.Graph;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>Downloads of the graph as of a date, in the formats of Nexus.Graph's exporters (and the map's own JSON).</summary>
internal static class ExportEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/exports/{format}", Export).WithSummary("The graph as a file: gexf, graphml, csv, dot, stix or json; asOf, types, contested select");

    private static IResult Export(GraphService graphs, string format, string? asOf, string? types, string? contested)
    {
        var query = GraphQuery.Parse(asOf, types, null, contested, out var error);
        if (query is null) return Problems.BadRequest(error!);
        var (_, graph) = graphs.Selected(query);
        if (format.Equals("json", StringComparison.OrdinalIgnoreCase))
            return Results.Ok(graph.Edges.Select(GraphEndpoints.View).ToArray());
        if (!GraphExporter.TryParse(format, out var parsed))
            return Problems.Result(StatusCodes.Status404NotFound, "Unknown format", $"no export format '{format}' (gexf, graphml, csv, dot, stix, json)");
        var buffer = new MemoryStream();
        GraphExporter.Write(graph, parsed, buffer);
        var (media, extension) = parsed switch
        {
            ExportFormat.Gexf => ("application/gexf+xml", "gexf"),
            ExportFormat.GraphMl => ("application/graphml+xml", "graphml"),
            ExportFormat.Csv => ("text/csv; charset=utf-8", "csv"),
            ExportFormat.Dot => ("text/vnd.graphviz; charset=utf-8", "dot"),
            _ => ("application/json", "stix.json"),
        };
        return Results.File(buffer.ToArray(), media, $"nexus-graph.{extension}");
    }
}
