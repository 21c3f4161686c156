using Nexus.Core.Articles;
using Nexus.Core.Time;

namespace Nexus.Ingestion.Reading.PlainText;

/// <summary>
/// Metadata collected while scanning lines. Each field keeps the candidate from the most reliable
/// rule (lower rank wins; among equals, the first seen), e.g. a "Published:" label beats a bare date line.
/// </summary>
internal sealed class MetadataFindings
{
    public const int RankLabelled = 0;
    public const int RankBesideOutlet = 1;
    public const int RankStandalone = 2;
    public const int RankUpdated = 3;
    public const int RankFooter = 4;

    private int publishedRank = int.MaxValue;
    private int outletRank = int.MaxValue;
    private int authorRank = int.MaxValue;

    public PartialDate? Published { get; private set; }

    public string? Outlet { get; private set; }

    public string? Author { get; private set; }

    public string? Dateline { get; set; }

    public string? Title { get; set; }

    public void OfferPublished(PartialDate date, int rank)
    {
        if (rank >= publishedRank) return;
        (Published, publishedRank) = (date, rank);
    }

    public void OfferOutlet(string outlet, int rank)
    {
        if (rank >= outletRank) return;
        (Outlet, outletRank) = (outlet.Trim(), rank);
    }

    public void OfferAuthor(string author, int rank)
    {
        if (rank >= authorRank) return;
        (Author, authorRank) = (author.Trim(), rank);
    }

    /// <summary>Fields the caller already knows (from JSON or markup) win over what the text suggests.</summary>
    public ArticleMetadata MergeInto(ArticleMetadata known) => known with
    {
        Title = known.Title ?? Title,
        Published = known.Published ?? Published,
        Outlet = known.Outlet ?? Outlet,
        Author = known.Author ?? Author,
        Dateline = known.Dateline ?? Dateline,
    };
}
