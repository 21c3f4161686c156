using System.Collections.Immutable;

namespace Nexus.Graph.Analysis;

/// <summary>The signed network's strains: mixed ties first, unbalanced triads, and ties whose sign changed.</summary>
public sealed record RiftResult(ImmutableArray<SignedTie> Ties, ImmutableArray<UnbalancedTriad> UnbalancedTriads, ImmutableArray<SignChange> SignChanges)
{
    public IEnumerable<SignedTie> MixedTies => Ties.Where(t => t.Mixed);
}
