namespace Nexus.Graph.Analysis;

/// <summary>Three actors whose net signs multiply to negative (e.g. two allies of one actor are enemies): structural strain.</summary>
public sealed record UnbalancedTriad(string A, string B, string C, int SignAB, int SignBC, int SignAC);
