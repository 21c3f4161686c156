namespace Nexus.Web.Graph;

/// <summary>How well an edge stands: reported by independent outlets, by one only, or denied by someone.</summary>
internal enum EdgeStatus
{
    Corroborated,
    SingleSource,
    Contested,
}
