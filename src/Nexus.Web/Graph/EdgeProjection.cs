using Nexus.Core.Claims;
using Nexus.Core.Knowledge;
using Nexus.Core.Time;

namespace Nexus.Web.Graph;

/// <summary>
/// Projects the claims of a snapshot into edges as the reporting stood on a date. A syndicated copy
/// counts as its original's outlet, so copies never corroborate themselves. Rejected claims are out.
/// </summary>
internal static class EdgeProjection
{
    public static IReadOnlyList<GraphEdge> Edges(KnowledgeSnapshot snapshot, DateOnly? asOf)
    {
        var articles = snapshot.Articles.ToDictionary(a => a.Id);
        var groups = snapshot.Claims
            .Where(c => c.Review != ReviewStatus.Rejected)
            .Where(c => asOf is null || ReportedOn(articles, c.ArticleId) <= asOf)
            .GroupBy(c => Key(c));
        var edges = new List<GraphEdge>();
        foreach (var g in groups)
        {
            var supporting = g.Where(c => c.Polarity != Polarity.Denied).ToArray();
            if (supporting.Length == 0) continue; // a denial of nothing reported is no edge
            var denying = g.Where(c => c.Polarity == Polarity.Denied).ToArray();
            var bySource = supporting.GroupBy(c => SourceOf(articles, c.ArticleId)).ToArray();
            // Noisy-or over independent sources, each counted by its best claim; hedging weighs less.
            var belief = 1 - bySource.Aggregate(1.0, (p, s) => p * (1 - s.Max(c => c.Confidence * (c.Polarity == Polarity.Hedged ? 0.6 : 1.0))));
            var denialWeight = denying.Length == 0 ? 1.0 : (double)supporting.Length / (supporting.Length + denying.Length);
            var status = denying.Length > 0 ? EdgeStatus.Contested : bySource.Length >= 2 ? EdgeStatus.Corroborated : EdgeStatus.SingleSource;
            var dates = g.Select(c => ReportedOn(articles, c.ArticleId)).Where(d => d is not null).Select(d => d!.Value).Order().ToArray();
            edges.Add(new GraphEdge(
                g.Key.Source, g.Key.Type, g.Key.Target, status, Math.Round(belief * denialWeight, 4),
                supporting.Length, denying.Length, bySource.Length,
                [.. g.Select(c => c.Id).Order()],
                [.. denying.Select(d => d.Speaker ?? "the author").Distinct()],
                dates.Length > 0 ? dates[0].ToString("yyyy-MM-dd") : null,
                dates.Length > 0 ? dates[^1].ToString("yyyy-MM-dd") : null));
        }
        return edges;
    }

    /// <summary>The day an article's claims became known: its publication date, else when it was ingested.</summary>
    public static DateOnly? ReportedOn(IReadOnlyDictionary<long, StoredArticle> articles, long articleId) =>
        articles.TryGetValue(articleId, out var a)
            ? a.Metadata.Published is PartialDate p ? p.Earliest : DateOnly.FromDateTime(a.IngestedAt.UtcDateTime)
            : null;

    private static string SourceOf(IReadOnlyDictionary<long, StoredArticle> articles, long articleId)
    {
        var root = articles.TryGetValue(articleId, out var a) && a.CopyOf is { } original ? original : articleId;
        return articles.TryGetValue(root, out var r) && !string.IsNullOrWhiteSpace(r.Metadata.Outlet)
            ? "outlet:" + r.Metadata.Outlet.Trim().ToLowerInvariant()
            : "article:" + root;
    }

    private static (long Source, RelationType Type, long Target) Key(StoredClaim c) =>
        c.Type.IsSymmetric() && c.TargetEntityId < c.SourceEntityId
            ? (c.TargetEntityId, c.Type, c.SourceEntityId)
            : (c.SourceEntityId, c.Type, c.TargetEntityId);
}
