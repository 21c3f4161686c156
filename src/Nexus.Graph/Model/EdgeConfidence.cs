using Nexus.Core.Claims;

namespace Nexus.Graph.Model;

/// <summary>
/// The confidence of an aggregated edge, from its claims:
/// <code>
///   strength(claim) = claim.Confidence × (1 if asserted, 0.6 if hedged)
///   s_o             = max strength over the claims of independent outlet o   (repeats in one outlet add nothing)
///   support         = 1 − Π_o (1 − s_o)                                     (noisy-OR over independent outlets)
///   d_k             = max confidence over the denials by denier k
///   denial          = 1 − Π_k (1 − d_k)
///   confidence      = support × (1 − denial / 2)
/// </code>
/// A denial at most halves an edge: the denier is usually the accused party, whose word is weak evidence.
/// </summary>
public static class EdgeConfidence
{
    public const double HedgedFactor = 0.6;

    public const double DenialWeight = 0.5;

    public static double Strength(StoredClaimView claim) =>
        Math.Clamp(claim.Confidence, 0, 1) * (claim.Polarity == Polarity.Hedged ? HedgedFactor : 1.0);

    public static double Combine(IEnumerable<double> perOutletSupport, IEnumerable<double> perDenier)
    {
        var miss = 1.0;
        foreach (var s in perOutletSupport) miss *= 1 - Math.Clamp(s, 0, 1);
        var notDenied = 1.0;
        foreach (var d in perDenier) notDenied *= 1 - Math.Clamp(d, 0, 1);
        return (1 - miss) * (1 - DenialWeight * (1 - notDenied));
    }
}
