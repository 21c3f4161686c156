namespace Nexus.Graph.Model;

/// <summary>How well an edge is sourced: two or more independent outlets, one, or denied by someone.</summary>
public enum EdgeStatus
{
    SingleSource,
    Corroborated,
    Contested,
}
