using System.Collections.Frozen;
using Nexus.Core.Knowledge;

namespace Nexus.Web.Services;

/// <summary>A store snapshot with lookups by id, by entity and by article, built once per store version.</summary>
public sealed class KnowledgeIndex
{
    public KnowledgeIndex(KnowledgeSnapshot snapshot, long version)
    {
        Snapshot = snapshot;
        Version = version;
        Entities = snapshot.Entities.ToFrozenDictionary(e => e.Id);
        Articles = snapshot.Articles.ToFrozenDictionary(a => a.Id);
        Claims = snapshot.Claims.ToFrozenDictionary(c => c.Id);
        ClaimsByArticle = snapshot.Claims.GroupBy(c => c.ArticleId).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        ClaimsByEntity = snapshot.Claims
            .SelectMany(c => new[] { (c.SourceEntityId, c), (c.TargetEntityId, c) }
                .Concat(c.SpeakerEntityId is { } s ? [(s, c)] : []))
            .GroupBy(p => p.Item1)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.c).Distinct()
                .OrderByDescending(c => Articles.TryGetValue(c.ArticleId, out var a) ? a.Metadata.Published?.Earliest : null)
                .ThenBy(c => c.Id).ToArray());
        DenialsOf = snapshot.Claims.Where(c => c.ContestsClaimId is not null)
            .GroupBy(c => c.ContestsClaimId!.Value).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        MentionCounts = snapshot.Mentions.GroupBy(m => m.EntityId).ToFrozenDictionary(g => g.Key, g => g.Select(m => m.ArticleId).Distinct().Count());
    }

    public KnowledgeSnapshot Snapshot { get; }

    public long Version { get; }

    public FrozenDictionary<long, StoredEntity> Entities { get; }

    public FrozenDictionary<long, StoredArticle> Articles { get; }

    public FrozenDictionary<long, StoredClaim> Claims { get; }

    public FrozenDictionary<long, StoredClaim[]> ClaimsByArticle { get; }

    /// <summary>Claims naming each entity (as source, target or speaker), newest reporting first.</summary>
    public FrozenDictionary<long, StoredClaim[]> ClaimsByEntity { get; }

    /// <summary>Denials keyed by the id of the claim each one contests.</summary>
    public FrozenDictionary<long, StoredClaim[]> DenialsOf { get; }

    /// <summary>In how many articles each entity is named.</summary>
    public FrozenDictionary<long, int> MentionCounts { get; }

    public string NameOf(long entityId) => Entities.TryGetValue(entityId, out var e) ? e.Name : $"#{entityId}";
}
