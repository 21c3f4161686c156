using System.Collections.Concurrent;
using Nexus.Graph.Model;
using Nexus.Web.Graph;

namespace Nexus.Web.Services;

/// <summary>
/// Knowledge graphs (Nexus.Graph) over the current store index, memoised per date and selection so the
/// time slider and repeated analyses replay cheaply; a new index (after a write) starts a fresh memo.
/// </summary>
public sealed class GraphService(KnowledgeService knowledge)
{
    private const int MaxCached = 64;
    private readonly ConcurrentDictionary<(KnowledgeIndex, DateOnly?), KnowledgeGraph> _all = new();
    private readonly ConcurrentDictionary<(KnowledgeIndex, string), KnowledgeGraph> _selected = new();

    /// <summary>Every edge reported by the date, unfiltered: the map filters it further per request.</summary>
    internal (KnowledgeIndex Index, KnowledgeGraph Graph) All(DateOnly? asOf)
    {
        var index = knowledge.Index();
        if (_all.Count > MaxCached) _all.Clear();
        return (index, _all.GetOrAdd((index, asOf), k => KnowledgeGraph.Build(k.Item1.Snapshot, new GraphOptions { Window = new TimeWindow(AsOf: k.Item2) })));
    }

    /// <summary>The graph an analysis runs on: the query's date, relation types and contested choice.</summary>
    internal (KnowledgeIndex Index, KnowledgeGraph Graph) Selected(GraphQuery query)
    {
        var index = knowledge.Index();
        if (_selected.Count > MaxCached) _selected.Clear();
        return (index, _selected.GetOrAdd((index, query.Key), _ => KnowledgeGraph.Build(index.Snapshot, query.ToOptions())));
    }
}
