using Nexus.Core.Claims;
using Nexus.Graph.Model;

namespace Nexus.Web.Graph;

/// <summary>What part of the graph a request wants: as of a date, which relations, how sure, contested or not.</summary>
internal sealed record GraphQuery(DateOnly? AsOf, IReadOnlySet<RelationType>? Types, double MinConfidence, bool IncludeContested, bool OnlyContested)
{
    public bool Admits(AggregatedEdge e) =>
        (Types is null || Types.Contains(e.Type))
        && e.Confidence >= MinConfidence
        && (IncludeContested || e.Status != EdgeStatus.Contested)
        && (!OnlyContested || e.Status == EdgeStatus.Contested);

    /// <summary>The same selection for Nexus.Graph analyses (which take no confidence floor or contested-only view).</summary>
    public GraphOptions ToOptions() => new()
    {
        Window = new TimeWindow(AsOf: AsOf),
        Types = Types ?? new HashSet<RelationType>(),
        DropContested = !IncludeContested,
    };

    /// <summary>A value key for memoising: the same selection always gives the same key.</summary>
    public string Key => $"{AsOf:yyyy-MM-dd}|{(Types is null ? "*" : string.Join(',', Types.Order()))}|{MinConfidence}|{IncludeContested}|{OnlyContested}";

    /// <summary>Parses the query-string form; the error says which parameter was wrong.</summary>
    public static GraphQuery? Parse(string? asOf, string? types, double? minConfidence, string? contested, out string? error)
    {
        error = null;
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!Nexus.Core.Time.PartialDate.TryParse(asOf, out var d)) { error = "asOf must be an ISO 8601 date"; return null; }
            date = d.Latest;
        }
        HashSet<RelationType>? set = null;
        if (!string.IsNullOrWhiteSpace(types))
        {
            set = [];
            foreach (var name in types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!RelationTypes.TryParse(name, out var t)) { error = $"unknown relation type '{name}'"; return null; }
                set.Add(t);
            }
        }
        var min = minConfidence ?? 0;
        if (min is < 0 or > 1 || double.IsNaN(min)) { error = "minConfidence must be between 0 and 1"; return null; }
        var mode = (contested ?? "include").ToLowerInvariant();
        if (mode is not ("include" or "exclude" or "only")) { error = "contested must be include, exclude or only"; return null; }
        return new GraphQuery(date, set, min, mode != "exclude", mode == "only");
    }
}
