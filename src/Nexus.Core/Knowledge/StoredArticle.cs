using Nexus.Core.Articles;

namespace Nexus.Core.Knowledge;

/// <summary>
/// An article in the store. <see cref="CopyOf"/> is set for a near-duplicate (a syndicated copy): it is
/// kept for the record but is not new evidence, so an outlet that copies another counts once.
/// </summary>
public sealed record StoredArticle(
    long Id,
    ArticleMetadata Metadata,
    string Sha256,
    long? CopyOf,
    DateTimeOffset IngestedAt,
    int EntityCount,
    int ClaimCount,
    int EventCount);
