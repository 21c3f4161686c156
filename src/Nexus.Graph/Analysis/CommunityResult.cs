using System.Collections.Immutable;

namespace Nexus.Graph.Analysis;

/// <summary>A Louvain partition, largest community first, with its modularity.</summary>
public sealed record CommunityResult(ImmutableArray<Community> Communities, double Modularity);
