namespace Nexus.Graph.Analysis;

/// <summary>
/// An actor as a broker: betweenness, Burt's constraint (low = spans structural holes), effective size, and how
/// many communities other than its own its neighbours belong to.
/// </summary>
public sealed record BrokerRow(long EntityId, string Name, double Betweenness, double Constraint, double EffectiveSize, int Neighbors, int CommunitiesBridged);
