using System.Collections.Immutable;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Events;

namespace Nexus.Core.Articles;

/// <summary>Everything the extractor read from one article: its entities, their claims and the events.</summary>
public sealed record ArticleExtraction(
    Article Article,
    ImmutableArray<Entity> Entities,
    ImmutableArray<Claim> Claims,
    ImmutableArray<Event> Events);
