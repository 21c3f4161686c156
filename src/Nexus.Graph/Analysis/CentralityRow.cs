namespace Nexus.Graph.Analysis;

/// <summary>
/// One actor's centralities. <see cref="Supports"/>: distinct actors it sponsors, funds, arms, trains, shelters or
/// directs (a sponsor hub has many); <see cref="Degree"/>: NetworkX degree centrality of the undirected view.
/// </summary>
public sealed record CentralityRow(long EntityId, string Name, string Type, int Supports, int InDegree, int OutDegree, double Degree, double PageRank, double Betweenness);
