using Nexus.Core.Text;

namespace Nexus.Core.Knowledge;

/// <summary>Where an article names a store-wide entity.</summary>
public sealed record StoredMention(long ArticleId, long EntityId, TextSpan Span);
