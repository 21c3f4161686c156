using Nexus.Core.Articles;
using Nexus.Core.Knowledge;

namespace Nexus.Store;

/// <summary>
/// The persistent store of articles, entities, mentions, claims and events. Each article goes in
/// whole or not at all (one transaction), so a crash never leaves half an article.
/// </summary>
public interface IKnowledgeStore : IDisposable
{
    /// <summary>The stored article with this SHA-256 of its text, if any: re-ingesting it is a no-op.</summary>
    long? FindArticleBySha256(string sha256);

    /// <summary>Articles sharing a MinHash band with the given keys, with their signatures, for near-duplicate checks.</summary>
    IReadOnlyList<(long ArticleId, byte[] Signature)> FindNearDuplicateCandidates(IReadOnlyCollection<long> bandKeys);

    /// <summary>Stores one article with everything extracted from it, linking its entities to store-wide ones.</summary>
    long AddArticle(ArticleExtraction extraction, NearDuplicateInfo? nearDuplicate = null);

    IReadOnlyList<StoredArticle> Articles();

    StoredArticle? Article(long id);

    /// <summary>The article's text as read; evidence and mention offsets refer to it.</summary>
    string? ArticleText(long id);

    StoredEntity? Entity(long id);

    /// <summary>Entities any of whose names or aliases match, folding case, dashes, diacritics and transliteration variants.</summary>
    IReadOnlyList<StoredEntity> FindEntities(string nameOrAlias);

    /// <summary>Entities whose name or an alias starts with (or contains) the query, best first: search as you type.</summary>
    IReadOnlyList<StoredEntity> SearchEntities(string query, int limit);

    /// <summary>Claims in which the entity is source, target or speaker.</summary>
    IReadOnlyList<StoredClaim> ClaimsAbout(long entityId);

    IReadOnlyList<StoredMention> MentionsIn(long articleId);

    IReadOnlyList<StoredEvent> Events();

    /// <summary>Everything, read in one transaction, for graph analysis and export.</summary>
    KnowledgeSnapshot Snapshot();
}
