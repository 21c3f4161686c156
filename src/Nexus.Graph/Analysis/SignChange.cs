using System.Collections.Immutable;

namespace Nexus.Graph.Analysis;

/// <summary>A pair whose tie changed sign over time ("allied, then rival"), with the evidence on both sides in time order.</summary>
public sealed record SignChange(string A, string B, string From, string To, DateOnly Before, DateOnly After,
    ImmutableArray<ClaimEvidence> EarlierEvidence, ImmutableArray<ClaimEvidence> LaterEvidence);
