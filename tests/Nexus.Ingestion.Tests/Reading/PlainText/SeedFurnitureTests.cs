using Nexus.Core.Articles;
using Nexus.Ingestion.Tests.TestSupport;

namespace Nexus.Ingestion.Tests.Reading.PlainText;

public sealed class SeedFurnitureTests
{
    private static readonly string[] Furniture =
    [
        "Share:", "Audio Loading", "Latest News", "More From", "Go to Home Page", "Site Index", "Google", "Prefer NP",
        "Connected Dots", "8 Dots", "weeks ago", "months ago", "The Trail", "Tracing the thread", "Nation Press", "NationPress",
        "2 Jul 2026", "Synopsis", "Key Takeaways", "Point of View", "Frequently Asked Questions", "Published:", "date 2025-09-19",
        "New Delhi, Sep 19", "retired IPS officer", "Dr. Shantanu Mukharji",
    ];

    private static Article Read(string prefix) => SeedMetadataTests.ReadSeed(prefix).Article!;

    private static IEnumerable<string> ContentOf(Article article) => article.Content.Select(s => s.Slice(article.Text));

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void No_content_span_holds_page_furniture_or_metadata(string prefix)
    {
        foreach (var span in ContentOf(Read(prefix)))
            foreach (var furniture in Furniture)
                Assert.DoesNotContain(furniture, span, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Content_spans_are_ordered_disjoint_and_trimmed(string prefix)
    {
        var article = Read(prefix);
        Assert.NotEmpty(article.Content);
        for (var i = 0; i < article.Content.Length; i++)
        {
            var span = article.Content[i];
            Assert.InRange(span.End, span.Start + 1, article.Text.Length);
            if (i > 0) Assert.True(article.Content[i - 1].End < span.Start);
            var text = span.Slice(article.Text);
            Assert.Equal(text.Trim(), text);
        }
    }

    [Theory]
    [InlineData("000", "ISI-backed Khalistan-gangster nexus fracturing under global crackdown")]
    [InlineData("001", "A Perilous Convergence of Radical Outfits and Espionage Divisions in South Asia")]
    public void The_headline_is_content_once_and_its_repeat_is_not(string prefix, string title)
    {
        Assert.Single(ContentOf(Read(prefix)), span => span.Contains(title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000", "The ISI's Khalistan-gangster alliance")] // the synopsis text, without its heading
    [InlineData("000", "A diplomatic reset by Prime Minister Narendra Modi with Canada and the UK has triggered")] // a takeaway
    [InlineData("000", "But it should not be read as the network's collapse")] // after the "Point of View" heading
    [InlineData("000", "Officials warn the gangster network could spiral out of control")] // last FAQ answer
    [InlineData("001", "The Islamic State–Khorasan Province (ISKP), an active affiliate")]
    [InlineData("001", "is still fresh in everyone’s mind.")]
    [InlineData("002", "The recent strikes in Balochistan have raised questions")]
    [InlineData("002", "in return the terror outfit would seek more turf in India.")]
    public void Reporting_stays_in_the_content(string prefix, string sentence)
    {
        Assert.Contains(ContentOf(Read(prefix)), span => span.Contains(sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_002_content_starts_after_the_date_and_dateline()
    {
        var article = Read("002");
        Assert.StartsWith("The recent strikes in Balochistan", article.Content[0].Slice(article.Text), StringComparison.Ordinal);
    }
}
