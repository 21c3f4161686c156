using System.Globalization;
using Nexus.Graph.Model;

namespace Nexus.Graph.Export;

/// <summary>The per-edge values every export writes, as invariant strings.</summary>
internal static class EdgeFacts
{
    public static string Status(AggregatedEdge e) => e.Status switch
    {
        EdgeStatus.Corroborated => "corroborated",
        EdgeStatus.Contested => "contested",
        _ => "single-source",
    };

    public static string Number(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Ids(IEnumerable<long> ids) => string.Join(";", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    /// <summary>When each node first appears in the reporting: its earliest edge.</summary>
    public static Dictionary<long, DateOnly> FirstSeen(KnowledgeGraph g)
    {
        var first = new Dictionary<long, DateOnly>();
        foreach (var e in g.Edges)
            foreach (var id in new[] { e.SourceId, e.TargetId })
                if (!first.TryGetValue(id, out var d) || e.FirstSeen < d) first[id] = e.FirstSeen;
        return first;
    }
}
