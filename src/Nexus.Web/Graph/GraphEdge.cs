using Nexus.Core.Claims;

namespace Nexus.Web.Graph;

/// <summary>
/// Every claim about one (source, relation, target) aggregated: how many independent outlets
/// support it, who denies it, when it was first and last reported, a status and a confidence.
/// </summary>
internal sealed record GraphEdge(
    long Source,
    RelationType Type,
    long Target,
    EdgeStatus Status,
    double Confidence,
    int Supporting,
    int Denying,
    int IndependentSources,
    long[] ClaimIds,
    string[] DeniedBy,
    string? FirstSeen,
    string? LastSeen)
{
    public string Id => $"{Source}-{Type.ToWire()}-{Target}";
}
