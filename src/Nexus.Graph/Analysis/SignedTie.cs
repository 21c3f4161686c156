using System.Collections.Immutable;

namespace Nexus.Graph.Analysis;

/// <summary>
/// A pair of actors in the signed network: the positive ties (alliance, support) and negative ones (rivalry,
/// fighting, attacks) between them, and the net sign of the pair (confidence-weighted). <see cref="Mixed"/>:
/// reporting has them both cooperating and at odds — a strained alliance.
/// </summary>
public sealed record SignedTie(long A, string NameA, long B, string NameB, int Sign, double Positive, double Negative,
    ImmutableArray<string> PositiveRelations, ImmutableArray<string> NegativeRelations)
{
    public bool Mixed => Positive > 0 && Negative > 0;
}
