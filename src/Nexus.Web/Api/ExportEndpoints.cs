using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Core.Claims;
using Nexus.Web.Graph;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>Downloads of the graph as of a date.</summary>
internal static class ExportEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/exports/{format}", Export).WithSummary("The graph as a file: csv (edges) or json");

    private static IResult Export(GraphService graph, string format, string? asOf)
    {
        var query = GraphQuery.Parse(asOf, null, null, null, out var error);
        if (query is null) return Problems.BadRequest(error!);
        var (index, edges) = graph.Edges(query.AsOf);
        return format.ToLowerInvariant() switch
        {
            "csv" => Results.File(Encoding.UTF8.GetBytes(Csv(index, edges)), "text/csv; charset=utf-8", "nexus-edges.csv"),
            "json" => Results.Json(edges.Select(GraphEndpoints.View), contentType: "application/json", statusCode: 200),
            _ => Problems.Result(StatusCodes.Status404NotFound, "Unknown format", $"no export format '{format}' (csv, json)"),
        };
    }

    private static string Csv(KnowledgeIndex index, IReadOnlyList<GraphEdge> edges)
    {
        var sb = new StringBuilder("source_id,source,relation,target_id,target,status,confidence,supporting,denying,independent_sources,first_seen,last_seen\n");
        foreach (var e in edges)
            sb.Append(CultureInfo.InvariantCulture, $"{e.Source},{Field(index.NameOf(e.Source))},{e.Type.ToWire()},{e.Target},{Field(index.NameOf(e.Target))},{GraphEndpoints.Status(e.Status)},{e.Confidence},{e.Supporting},{e.Denying},{e.IndependentSources},{e.FirstSeen},{e.LastSeen}\n");
        return sb.ToString();
    }

    /// <summary>Quotes a CSV field, and defuses spreadsheet formulas that hostile names could carry.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
