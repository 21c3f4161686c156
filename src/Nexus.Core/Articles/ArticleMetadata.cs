using Nexus.Core.Time;

namespace Nexus.Core.Articles;

/// <summary>What is known about where an article came from. Outlets are source metadata, never entities.</summary>
public sealed record ArticleMetadata(
    string? Path = null,
    string? Url = null,
    string? Title = null,
    PartialDate? Published = null,
    string? Outlet = null,
    string? Author = null,
    string? Dateline = null);
