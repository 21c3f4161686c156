namespace Nexus.Graph.Analysis;

/// <summary>How a tie differs between two periods: new, vanished (not reported again), strengthened or weakened.</summary>
public sealed record TieChange(string Kind, string Source, string Relation, string Target, double? ConfidenceBefore, double? ConfidenceAfter, string? StatusBefore, string? StatusAfter);
