using System.Collections.Immutable;

namespace Nexus.Graph.Analysis;

/// <summary>Centralities, best PageRank first. When betweenness was sampled, <see cref="BetweennessErrorBound"/> is its 95% half-width.</summary>
public sealed record CentralityResult(ImmutableArray<CentralityRow> Rows, int Nodes, int Edges, bool BetweennessSampled, int Pivots, double BetweennessErrorBound);
