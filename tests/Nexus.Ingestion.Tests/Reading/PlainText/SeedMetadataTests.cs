using Nexus.Core.Articles;
using Nexus.Ingestion.Reading;
using Nexus.Ingestion.Tests.TestSupport;

namespace Nexus.Ingestion.Tests.Reading.PlainText;

/// <summary>The three seeds print their metadata in three styles; each must come out as the gold says.</summary>
public sealed class SeedMetadataTests
{
    internal static ReadOutcome ReadSeed(string prefix) =>
        new ArticleReader(new ReaderOptions()).Read(Seeds.PathOf(prefix)).Single();

    private static ArticleMetadata MetadataOf(string prefix)
    {
        var outcome = ReadSeed(prefix);
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Article!.Metadata;
    }

    [Fact]
    public void Seed_000_title_line_and_trailing_outlet_date()
    {
        var m = MetadataOf("000");
        Assert.Equal("ISI-backed Khalistan-gangster nexus fracturing under global crackdown", m.Title);
        Assert.Equal("2026-07-02", m.Published.ToString());
        Assert.Equal("NationPress", m.Outlet);
        Assert.Null(m.Author);
        Assert.Equal(Seeds.PathOf("000"), m.Path);
    }

    [Fact]
    public void Seed_001_published_label_author_bio_and_site_index_footer()
    {
        var m = MetadataOf("001");
        Assert.Equal("A Perilous Convergence of Radical Outfits and Espionage Divisions in South Asia", m.Title);
        Assert.Equal("2025-10-09", m.Published.ToString());
        Assert.Equal("The Asian Age", m.Outlet);
        Assert.Equal("Shantanu Mukharji", m.Author);
    }

    [Fact]
    public void Seed_002_leading_date_label_and_dateline()
    {
        var m = MetadataOf("002");
        Assert.Equal("2025-09-19", m.Published.ToString());
        Assert.Equal("New Delhi", m.Dateline);
        Assert.Null(m.Title); // the first line is already prose: there is no headline to take
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Text_is_the_file_exactly_as_read(string prefix)
    {
        Assert.Equal(File.ReadAllText(Seeds.PathOf(prefix)), ReadSeed(prefix).Article!.Text);
    }
}
