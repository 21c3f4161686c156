using System.Collections.Immutable;

namespace Nexus.Graph.Analysis;

/// <summary>An actor that loses every supplier of one kind of support (its only source of arms, funds…) when the removed actors go.</summary>
public sealed record LostSupport(long EntityId, string Name, string Relation, ImmutableArray<string> LostSuppliers);
