using Nexus.Core.Claims;

namespace Nexus.Graph.Model;

/// <summary>The parts of a claim that its edge's confidence depends on.</summary>
public readonly record struct StoredClaimView(double Confidence, Polarity Polarity);
