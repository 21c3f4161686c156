using System.Collections.Immutable;

namespace Nexus.Graph.Analysis;

/// <summary>One community: its members (names), and the edges inside it and leaving it.</summary>
public sealed record Community(int Index, ImmutableArray<string> Members, int InternalEdges, int ExternalEdges);
