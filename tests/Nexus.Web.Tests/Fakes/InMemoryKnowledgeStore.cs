using System.Collections.Immutable;
using Nexus.Core.Articles;
using Nexus.Core.Knowledge;
using Nexus.Core.Text;
using Nexus.Store;

namespace Nexus.Web.Tests.Fakes;

/// <summary>
/// A store in memory for testing the web layer alone: entities are shared across articles by
/// knowledge-base id or folded name, like the real store. Review is implemented simply but audited.
/// </summary>
public sealed class InMemoryKnowledgeStore : IKnowledgeStore, IReviewStore
{
    private readonly List<StoredArticle> _articles = [];
    private readonly Dictionary<long, string> _texts = [];
    private readonly Dictionary<long, StoredEntity> _entities = [];
    private readonly List<StoredClaim> _claims = [];
    private readonly List<StoredEvent> _events = [];
    private readonly List<StoredMention> _mentions = [];
    private readonly List<ReviewAction> _actions = [];
    private long _nextId = 1;

    public bool Disposed { get; private set; }

    public long? FindArticleBySha256(string sha256) => _articles.FirstOrDefault(a => a.Sha256 == sha256)?.Id;

    public IReadOnlyList<(long ArticleId, byte[] Signature)> FindNearDuplicateCandidates(IReadOnlyCollection<long> bandKeys) => [];

    public long AddArticle(ArticleExtraction extraction, NearDuplicateInfo? nearDuplicate = null)
    {
        var id = _nextId++;
        var local = new Dictionary<string, long>();
        foreach (var e in extraction.Entities)
        {
            var existing = _entities.Values.FirstOrDefault(s => (e.KnowledgeBaseId is not null && s.KnowledgeBaseId == e.KnowledgeBaseId)
                || string.Equals(s.Name, e.Name, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                existing = new StoredEntity(_nextId++, e.Name, e.Type, e.Aliases, e.KnowledgeBaseId);
                _entities[existing.Id] = existing;
            }
            else
            {
                _entities[existing.Id] = existing = existing with { Aliases = [.. existing.Aliases.Union(e.Aliases)] };
            }
            local[e.Id] = existing.Id;
            _mentions.AddRange(e.Mentions.Select(m => new StoredMention(id, existing.Id, m)));
        }
        var claimIds = new List<long>();
        foreach (var c in extraction.Claims)
        {
            var claimId = _nextId++;
            claimIds.Add(claimId);
            long? contests = c.Contests is { } k && k < claimIds.Count ? claimIds[k] : null;
            long? speaker = c.AttributedTo?.EntityId is { } s && local.TryGetValue(s, out var sid) ? sid : null;
            _claims.Add(new StoredClaim(claimId, id, local[c.SourceId], c.Type, local[c.TargetId], c.Polarity, c.AttributedTo?.Text, speaker,
                c.ValidFrom, c.ValidTo, c.Confidence, c.Evidence, contests));
        }
        foreach (var e in extraction.Events)
            _events.Add(new StoredEvent(_nextId++, id, e.Type, e.Date, e.LocationId is { } l ? local[l] : null, [.. e.ActorIds.Select(a => local[a])], e.Evidence, e.Killed, e.Injured));
        _articles.Add(new StoredArticle(id, extraction.Article.Metadata, extraction.Article.Sha256, nearDuplicate?.CopyOf, DateTimeOffset.UtcNow,
            extraction.Entities.Length, extraction.Claims.Length, extraction.Events.Length));
        _texts[id] = extraction.Article.Text;
        return id;
    }

    public IReadOnlyList<StoredArticle> Articles() => _articles;

    public StoredArticle? Article(long id) => _articles.FirstOrDefault(a => a.Id == id);

    public string? ArticleText(long id) => _texts.GetValueOrDefault(id);

    public StoredEntity? Entity(long id) => _entities.GetValueOrDefault(id);

    public IReadOnlyList<StoredEntity> FindEntities(string nameOrAlias) =>
        [.. _entities.Values.Where(e => e.Aliases.Append(e.Name).Any(a => string.Equals(a, nameOrAlias, StringComparison.OrdinalIgnoreCase)))];

    public IReadOnlyList<StoredEntity> SearchEntities(string query, int limit) =>
        [.. _entities.Values.Where(e => e.Aliases.Append(e.Name).Any(a => a.Contains(query, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(e => e.Name.StartsWith(query, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(e => e.Name).Take(limit)];

    public IReadOnlyList<StoredClaim> ClaimsAbout(long entityId) =>
        [.. _claims.Where(c => c.SourceEntityId == entityId || c.TargetEntityId == entityId || c.SpeakerEntityId == entityId)];

    public IReadOnlyList<StoredMention> MentionsIn(long articleId) => [.. _mentions.Where(m => m.ArticleId == articleId)];

    public IReadOnlyList<StoredEvent> Events() => _events;

    public KnowledgeSnapshot Snapshot() => new([.. _entities.Values], [.. _articles], [.. _claims], [.. _events], [.. _mentions]);

    public IReadOnlyList<StoredClaim> ReviewQueue(int limit) =>
        [.. _claims.Where(c => c.Review == ReviewStatus.Unreviewed).OrderBy(c => c.Confidence).ThenBy(c => c.Id).Take(limit)];

    public ReviewAction SetClaimReview(long claimId, ReviewStatus status, string actor, string? note)
    {
        var i = _claims.FindIndex(c => c.Id == claimId);
        if (i < 0) throw new KeyNotFoundException($"no claim {claimId}");
        var before = _claims[i].Review;
        _claims[i] = _claims[i] with { Review = status };
        return Record("review", actor, note, $"claim {claimId}: {before} -> {status}", $"{claimId}:{before}");
    }

    public ReviewAction MergeEntities(long keepId, long mergedId, string actor, string? note) =>
        throw new InvalidOperationException("merges are not supported by the in-memory store");

    public ReviewAction SplitEntity(long entityId, string newName, IReadOnlyCollection<string> aliases, IReadOnlyCollection<long> claimIds, string actor, string? note) =>
        throw new InvalidOperationException("splits are not supported by the in-memory store");

    public ReviewAction Undo(long actionId, string actor)
    {
        var i = _actions.FindIndex(a => a.Id == actionId);
        if (i < 0) throw new KeyNotFoundException($"no action {actionId}");
        if (_actions[i].UndoneBy is not null || _actions[i].Kind == "undo") throw new InvalidOperationException($"action {actionId} cannot be undone");
        var parts = _actions[i].Details.Split(':');
        var claimIndex = _claims.FindIndex(c => c.Id == long.Parse(parts[0]));
        _claims[claimIndex] = _claims[claimIndex] with { Review = Enum.Parse<ReviewStatus>(parts[1]) };
        var undo = Record("undo", actor, null, $"undid #{actionId}", actionId.ToString());
        _actions[i] = _actions[i] with { UndoneBy = undo.Id };
        return undo;
    }

    public IReadOnlyList<ReviewAction> History(int limit) => [.. _actions.AsEnumerable().Reverse().Take(limit)];

    private ReviewAction Record(string kind, string actor, string? note, string summary, string details)
    {
        var a = new ReviewAction(_actions.Count + 1, kind, actor, DateTimeOffset.UtcNow, note, summary, null, details);
        _actions.Add(a);
        return a;
    }

    public void Dispose() => Disposed = true;
}
