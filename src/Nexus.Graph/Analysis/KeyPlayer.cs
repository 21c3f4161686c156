namespace Nexus.Graph.Analysis;

/// <summary>
/// What removing one actor alone would do: the fragmentation it leaves (share of actor pairs that can no longer
/// reach each other), the components, and how many actors lose their only source of some support.
/// </summary>
public sealed record KeyPlayer(long EntityId, string Name, double Fragmentation, int Components, int DependentsCutOff);
