namespace Nexus.Graph.Analysis;

/// <summary>One claim behind a result, quoted: who said what, where and when.</summary>
public sealed record ClaimEvidence(long ClaimId, string Relation, string Polarity, string Speaker, string Quote, string Date, string Outlet, string? Title, string? Url);
