using System.Collections.Immutable;

namespace Nexus.Core.Knowledge;

/// <summary>
/// Everything the store knows, read in one consistent transaction: what graph analysis, threads and
/// exports work on. Mentions carry which articles name which entities (for story threads).
/// </summary>
public sealed record KnowledgeSnapshot(
    ImmutableArray<StoredEntity> Entities,
    ImmutableArray<StoredArticle> Articles,
    ImmutableArray<StoredClaim> Claims,
    ImmutableArray<StoredEvent> Events,
    ImmutableArray<StoredMention> Mentions);
