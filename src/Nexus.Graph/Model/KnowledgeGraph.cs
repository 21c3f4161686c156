using System.Collections.Immutable;
using Nexus.Core.Claims;
using Nexus.Core.Knowledge;
using Nexus.Graph.Algorithms;

namespace Nexus.Graph.Model;

/// <summary>
/// The actors and aggregated edges that a snapshot's reporting supports under some <see cref="GraphOptions"/>,
/// with the snapshot kept for looking up names, claims and articles behind each edge.
/// </summary>
public sealed class KnowledgeGraph
{
    private KnowledgeGraph(KnowledgeSnapshot snapshot, GraphOptions options, ImmutableArray<AggregatedEdge> edges)
    {
        Snapshot = snapshot;
        Options = options;
        Edges = edges;
        EntitiesById = snapshot.Entities.ToDictionary(e => e.Id);
        ArticlesById = snapshot.Articles.ToDictionary(a => a.Id);
        ClaimsById = snapshot.Claims.ToDictionary(c => c.Id);
        NodeIds = [.. edges.SelectMany(e => new[] { e.SourceId, e.TargetId }).Distinct().Order()];
    }

    public KnowledgeSnapshot Snapshot { get; }

    public GraphOptions Options { get; }

    public ImmutableArray<AggregatedEdge> Edges { get; }

    /// <summary>Entities with at least one edge, in id order.</summary>
    public ImmutableArray<long> NodeIds { get; }

    public IReadOnlyDictionary<long, StoredEntity> EntitiesById { get; }

    public IReadOnlyDictionary<long, StoredArticle> ArticlesById { get; }

    public IReadOnlyDictionary<long, StoredClaim> ClaimsById { get; }

    public static KnowledgeGraph Build(KnowledgeSnapshot snapshot, GraphOptions? options = null)
    {
        options ??= new GraphOptions();
        var edges = EdgeAggregator.Aggregate(snapshot, options.Window, options.Keeps)
            .Where(e => !(options.DropSingleSource && e.Status == EdgeStatus.SingleSource))
            .Where(e => !(options.DropContested && e.Status == EdgeStatus.Contested))
            .ToImmutableArray();
        return new KnowledgeGraph(snapshot, options, edges);
    }

    public string NameOf(long entityId) => EntitiesById.TryGetValue(entityId, out var e) ? e.Name : $"entity {entityId}";

    /// <summary>The weight an analysis gives an edge: its confidence, or 1 when not weighting.</summary>
    public double WeightOf(AggregatedEdge edge) => Options.WeightByConfidence ? edge.Confidence : 1.0;

    /// <summary>A compact graph over <see cref="NodeIds"/>; parallel edges of different types add their weights.</summary>
    public IndexedGraph ToIndexed(bool directed, Func<AggregatedEdge, bool>? keep = null)
    {
        var index = new Dictionary<long, int>(NodeIds.Length);
        for (var i = 0; i < NodeIds.Length; i++) index[NodeIds[i]] = i;
        var arcs = new List<(int, int, double)>();
        foreach (var e in Edges)
        {
            if (keep is not null && !keep(e)) continue;
            var (s, t, w) = (index[e.SourceId], index[e.TargetId], WeightOf(e));
            arcs.Add((s, t, w));
            if (directed && e.Type.IsSymmetric()) arcs.Add((t, s, w));
        }
        return IndexedGraph.Build(NodeIds.Length, arcs, directed);
    }
}
