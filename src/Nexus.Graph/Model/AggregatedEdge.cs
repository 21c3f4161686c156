using System.Collections.Immutable;
using Nexus.Core.Claims;
using Nexus.Core.Time;

namespace Nexus.Graph.Model;

/// <summary>
/// One relation between two actors, aggregated over every claim that states or denies it.
/// <see cref="SupportingClaimIds"/> is never empty: an edge exists only because some claim states it.
/// <see cref="FirstSeen"/>/<see cref="LastSeen"/> are publication dates of the supporting reporting;
/// <see cref="ValidFrom"/>/<see cref="ValidTo"/> when the claims say the relation held.
/// </summary>
public sealed record AggregatedEdge(
    EdgeKey Key,
    ImmutableArray<long> SupportingClaimIds,
    ImmutableArray<long> DenyingClaimIds,
    ImmutableArray<string> Outlets,
    ImmutableArray<string> Speakers,
    ImmutableArray<string> Deniers,
    int Asserted,
    int Hedged,
    int Denied,
    DateOnly FirstSeen,
    DateOnly LastSeen,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    EdgeStatus Status,
    double Confidence)
{
    public long SourceId => Key.SourceId;

    public long TargetId => Key.TargetId;

    public RelationType Type => Key.Type;

    public int IndependentOutlets => Outlets.Length;

    /// <summary>Every claim behind the edge, for and against.</summary>
    public IEnumerable<long> EvidenceClaimIds => SupportingClaimIds.Concat(DenyingClaimIds);
}
