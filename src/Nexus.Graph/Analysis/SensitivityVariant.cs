using System.Collections.Immutable;

namespace Nexus.Graph.Analysis;

/// <summary>
/// The top of a ranking under one variant of the graph (all edges, without single-source edges, without contested
/// ones, without both), and how much it overlaps the baseline's top: |top ∩ baseline top| / |baseline top|.
/// </summary>
public sealed record SensitivityVariant(string Variant, int Edges, ImmutableArray<string> Top, double OverlapWithBaseline, ImmutableArray<string> Dropped, ImmutableArray<string> Entered);
