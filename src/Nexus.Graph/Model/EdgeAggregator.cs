using System.Collections.Immutable;
using Nexus.Core.Claims;
using Nexus.Core.Knowledge;

namespace Nexus.Graph.Model;

/// <summary>Turns the claims of a snapshot into aggregated edges, one per (source, type, target).</summary>
public static class EdgeAggregator
{
    public static ImmutableArray<AggregatedEdge> Aggregate(KnowledgeSnapshot snapshot, TimeWindow window, Func<RelationType, bool>? keepType = null)
    {
        var articles = snapshot.Articles.ToDictionary(a => a.Id);
        var entities = snapshot.Entities.ToDictionary(e => e.Id);
        var visible = snapshot.Claims
            .Where(c => c.Review != ReviewStatus.Rejected && articles.TryGetValue(c.ArticleId, out var a) && window.Includes(a))
            .Where(c => keepType is null || keepType(c.Type))
            .ToList();
        var byId = visible.ToDictionary(c => c.Id);
        var support = new Dictionary<EdgeKey, List<StoredClaim>>();
        var denials = new Dictionary<EdgeKey, List<StoredClaim>>();
        foreach (var c in visible)
        {
            var key = EdgeKey.Of(c.SourceEntityId, c.Type, c.TargetEntityId);
            if (c.Polarity == Polarity.Denied)
            {
                // A denial contests the claim it points at; failing that, the relation it names.
                if (c.ContestsClaimId is { } contested && byId.TryGetValue(contested, out var target))
                    key = EdgeKey.Of(target.SourceEntityId, target.Type, target.TargetEntityId);
                Add(denials, key, c);
            }
            else Add(support, key, c);
        }

        var edges = ImmutableArray.CreateBuilder<AggregatedEdge>(support.Count);
        foreach (var (key, claims) in support.OrderBy(p => p.Key.SourceId).ThenBy(p => p.Key.Type).ThenBy(p => p.Key.TargetId))
        {
            var denied = denials.GetValueOrDefault(key) ?? [];
            edges.Add(Build(key, claims, denied, articles, entities));
        }
        return edges.MoveToImmutable();
    }

    private static AggregatedEdge Build(EdgeKey key, List<StoredClaim> claims, List<StoredClaim> denied,
        Dictionary<long, StoredArticle> articles, Dictionary<long, StoredEntity> entities)
    {
        var perOutlet = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in claims)
        {
            var outlet = OutletOf(c.ArticleId, articles);
            var s = EdgeConfidence.Strength(new StoredClaimView(c.Confidence, c.Polarity));
            perOutlet[outlet] = Math.Max(perOutlet.GetValueOrDefault(outlet), s);
        }
        var perDenier = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in denied)
        {
            var who = DenierOf(d, entities);
            perDenier[who] = Math.Max(perDenier.GetValueOrDefault(who), Math.Clamp(d.Confidence, 0, 1));
        }
        var dates = claims.Select(c => TimeWindow.DatesOf(articles[c.ArticleId])).ToList();
        var status = denied.Count > 0 ? EdgeStatus.Contested : perOutlet.Count >= 2 ? EdgeStatus.Corroborated : EdgeStatus.SingleSource;
        return new AggregatedEdge(
            key,
            [.. claims.Select(c => c.Id).Order()],
            [.. denied.Select(c => c.Id).Order()],
            [.. perOutlet.Keys.Order(StringComparer.OrdinalIgnoreCase)],
            [.. claims.Select(c => SpeakerOf(c, entities, articles)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
            [.. perDenier.Keys.Order(StringComparer.OrdinalIgnoreCase)],
            claims.Count(c => c.Polarity == Polarity.Asserted),
            claims.Count(c => c.Polarity == Polarity.Hedged),
            denied.Count,
            dates.Min(d => d.Earliest),
            dates.Max(d => d.Latest),
            claims.Where(c => c.ValidFrom is not null).Select(c => c.ValidFrom).Min(),
            claims.Where(c => c.ValidTo is not null).Select(c => c.ValidTo).Max(),
            status,
            EdgeConfidence.Combine(perOutlet.Values, perDenier.Values));
    }

    /// <summary>The outlet that independently reported an article: a syndicated copy is credited to its original.</summary>
    public static string OutletOf(long articleId, IReadOnlyDictionary<long, StoredArticle> articles)
    {
        var article = articles[articleId];
        for (var hops = 0; article.CopyOf is { } original && articles.TryGetValue(original, out var next) && hops < 32; hops++)
            article = next;
        return string.IsNullOrWhiteSpace(article.Metadata.Outlet) ? $"article {article.Id}" : article.Metadata.Outlet.Trim();
    }

    public static string SpeakerOf(StoredClaim c, IReadOnlyDictionary<long, StoredEntity> entities, IReadOnlyDictionary<long, StoredArticle> articles) =>
        c.SpeakerEntityId is { } id && entities.TryGetValue(id, out var e) ? e.Name
        : !string.IsNullOrWhiteSpace(c.Speaker) ? c.Speaker.Trim()
        : $"author ({OutletOf(c.ArticleId, articles)})";

    /// <summary>Who denies: the named speaker, else the denial's own source ("Pakistan denies backing …").</summary>
    public static string DenierOf(StoredClaim c, IReadOnlyDictionary<long, StoredEntity> entities) =>
        c.SpeakerEntityId is { } id && entities.TryGetValue(id, out var e) ? e.Name
        : !string.IsNullOrWhiteSpace(c.Speaker) ? c.Speaker.Trim()
        : entities.TryGetValue(c.SourceEntityId, out var s) ? s.Name : $"entity {c.SourceEntityId}";

    private static void Add(Dictionary<EdgeKey, List<StoredClaim>> map, EdgeKey key, StoredClaim c)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(c);
    }
}
