using Nexus.Core.Claims;

namespace Nexus.Graph.Model;

/// <summary>What goes into a graph: the reporting window, the relation types, and which weak edges to drop.</summary>
public sealed record GraphOptions
{
    public TimeWindow Window { get; init; } = TimeWindow.All;

    /// <summary>Relation types to keep; empty keeps all.</summary>
    public IReadOnlySet<RelationType> Types { get; init; } = new HashSet<RelationType>();

    public bool DropSingleSource { get; init; }

    public bool DropContested { get; init; }

    /// <summary>Weight edges by their confidence (else every edge weighs 1).</summary>
    public bool WeightByConfidence { get; init; } = true;

    public bool Keeps(RelationType type) => Types.Count == 0 || Types.Contains(type);
}
