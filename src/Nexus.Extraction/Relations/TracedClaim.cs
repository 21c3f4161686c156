using Nexus.Core.Claims;

namespace Nexus.Extraction.Relations;

/// <summary>A claim with the id of the rule that read it: what confidence calibration counts.</summary>
public sealed record TracedClaim(Claim Claim, string Rule);
