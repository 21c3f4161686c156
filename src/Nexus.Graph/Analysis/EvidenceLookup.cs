using Nexus.Core.Claims;
using Nexus.Graph.Model;

namespace Nexus.Graph.Analysis;

/// <summary>Quotes the claims behind an edge or a result.</summary>
public static class EvidenceLookup
{
    public static ClaimEvidence Describe(KnowledgeGraph g, long claimId)
    {
        var c = g.ClaimsById[claimId];
        var a = g.ArticlesById[c.ArticleId];
        var speaker = c.Polarity == Polarity.Denied
            ? EdgeAggregator.DenierOf(c, g.EntitiesById)
            : EdgeAggregator.SpeakerOf(c, g.EntitiesById, g.ArticlesById);
        return new ClaimEvidence(c.Id, c.Type.ToWire(), c.Polarity.ToString().ToLowerInvariant(), speaker, c.Evidence.Text,
            (c.ValidFrom?.ToString() ?? a.Metadata.Published?.ToString()) ?? TimeWindow.DatesOf(a).Earliest.ToString("yyyy-MM-dd"),
            EdgeAggregator.OutletOf(a.Id, g.ArticlesById), a.Metadata.Title, a.Metadata.Url);
    }

    /// <summary>When a claim says the relation held, else when it was reported: for ordering evidence in time.</summary>
    public static DateOnly WhenOf(KnowledgeGraph g, long claimId)
    {
        var c = g.ClaimsById[claimId];
        return c.ValidFrom?.Earliest ?? TimeWindow.DatesOf(g.ArticlesById[c.ArticleId]).Earliest;
    }
}
