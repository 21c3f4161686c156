using System.Collections.Concurrent;
using Nexus.Web.Graph;

namespace Nexus.Web.Services;

/// <summary>Edges as of a date, memoised per store index so the time slider replays cheaply.</summary>
public sealed class GraphService(KnowledgeService knowledge)
{
    private const int MaxCached = 64;
    private readonly ConcurrentDictionary<(KnowledgeIndex, DateOnly?), IReadOnlyList<GraphEdge>> _cache = new();

    internal (KnowledgeIndex Index, IReadOnlyList<GraphEdge> Edges) Edges(DateOnly? asOf)
    {
        var index = knowledge.Index();
        if (_cache.Count > MaxCached) _cache.Clear();
        return (index, _cache.GetOrAdd((index, asOf), k => EdgeProjection.Edges(k.Item1.Snapshot, k.Item2)));
    }
}
