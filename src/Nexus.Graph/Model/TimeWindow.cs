using Nexus.Core.Knowledge;

namespace Nexus.Graph.Model;

/// <summary>
/// Which reporting to read. <see cref="AsOf"/>: only what had been published by that day (an article dated
/// 2025-09 counts from 2025-09-30, when it surely existed). <see cref="From"/>/<see cref="To"/>: only reporting
/// published inside the window. An undated article is dated by when it was ingested.
/// </summary>
public sealed record TimeWindow(DateOnly? AsOf = null, DateOnly? From = null, DateOnly? To = null)
{
    public static TimeWindow All { get; } = new();

    public bool IsUnbounded => AsOf is null && From is null && To is null;

    public bool Includes(StoredArticle article)
    {
        var (earliest, latest) = DatesOf(article);
        if (AsOf is { } asOf && latest > asOf) return false;
        if (From is { } from && latest < from) return false;
        if (To is { } to && earliest > to) return false;
        return true;
    }

    /// <summary>The first and last day an article can have been published.</summary>
    public static (DateOnly Earliest, DateOnly Latest) DatesOf(StoredArticle article)
    {
        if (article.Metadata.Published is { } p) return (p.Earliest, p.Latest);
        var ingested = DateOnly.FromDateTime(article.IngestedAt.UtcDateTime);
        return (ingested, ingested);
    }
}
