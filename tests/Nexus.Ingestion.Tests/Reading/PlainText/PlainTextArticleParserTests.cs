using Nexus.Core.Articles;
using Nexus.Ingestion.Reading.PlainText;

namespace Nexus.Ingestion.Tests.Reading.PlainText;

/// <summary>Styles the seeds do not show, to keep the rules general.</summary>
public sealed class PlainTextArticleParserTests
{
    private const string WireStory =
        "Home > World > Asia\r\n" +
        "Militants attack border post in Kunar\r\n" +
        "By Jane Roe, Staff Reporter\r\n" +
        "March 3, 2024\r\n" +
        "Follow us on Twitter\r\n" +
        "\r\n" +
        "KABUL, March 3 (Reuters) - Gunmen attacked a border post in Kunar province on Sunday, killing four guards, officials said.\r\n" +
        "\r\n" +
        "No group has claimed responsibility for the attack, which came days after a similar raid in the same district.\r\n" +
        "\r\n" +
        "Also Read\r\n" +
        "Related Stories\r\n" +
        "© 2024 Example Times. All rights reserved.\r\n";

    private static IEnumerable<string> ContentOf(Article a) => a.Content.Select(s => s.Slice(a.Text));

    [Fact]
    public void Reads_byline_written_date_reuters_dateline_and_copyright_outlet()
    {
        var article = PlainTextArticleParser.Parse(WireStory, new ArticleMetadata(Path: "wire.txt"));

        Assert.Equal("Militants attack border post in Kunar", article.Metadata.Title);
        Assert.Equal("Jane Roe", article.Metadata.Author);
        Assert.Equal("2024-03-03", article.Metadata.Published.ToString());
        Assert.Equal("KABUL", article.Metadata.Dateline);
        Assert.Equal("Example Times", article.Metadata.Outlet);
        Assert.Equal("wire.txt", article.Metadata.Path);
    }

    [Fact]
    public void Keeps_only_the_headline_and_the_two_paragraphs()
    {
        var article = PlainTextArticleParser.Parse(WireStory, new ArticleMetadata());

        Assert.Equal(
            [
                "Militants attack border post in Kunar",
                "Gunmen attacked a border post in Kunar province on Sunday, killing four guards, officials said.",
                "No group has claimed responsibility for the attack, which came days after a similar raid in the same district.",
            ],
            ContentOf(article));
    }

    [Fact]
    public void Known_metadata_wins_over_what_the_text_says()
    {
        var known = new ArticleMetadata(Title: "Given title", Author: "Given Author", Outlet: "Given Outlet");
        var article = PlainTextArticleParser.Parse(WireStory, known);

        Assert.Equal("Given title", article.Metadata.Title);
        Assert.Equal("Given Author", article.Metadata.Author);
        Assert.Equal("Given Outlet", article.Metadata.Outlet);
        Assert.Equal("2024-03-03", article.Metadata.Published.ToString()); // not given, so read from the text
    }

    [Fact]
    public void Hard_wrapped_paragraphs_become_one_span_each()
    {
        const string text = "The group was founded in 2015 by defectors\nfrom several other militant movements and has\ngrown steadily since then, analysts say.\n\nA second paragraph follows here with more detail about the group and its leaders.";
        var article = PlainTextArticleParser.Parse(text, new ArticleMetadata());

        Assert.Equal(2, article.Content.Length);
        Assert.Equal(text.IndexOf("\n\n", StringComparison.Ordinal), article.Content[0].End);
    }

    [Fact]
    public void A_closing_note_on_the_writer_gives_the_author_and_leaves_the_content()
    {
        const string text = "Kabul accused Islamabad of sheltering the group's leaders in a statement issued on Monday evening.\n\n(Prof. Ayesha Rahman is a senior fellow at an institute for conflict studies.)";
        var article = PlainTextArticleParser.Parse(text, new ArticleMetadata());

        Assert.Equal("Ayesha Rahman", article.Metadata.Author);
        Assert.DoesNotContain(ContentOf(article), s => s.Contains("senior fellow", StringComparison.Ordinal));
    }

    [Fact]
    public void A_closing_paragraph_about_someone_the_story_names_is_content_not_an_author_note()
    {
        const string text = "Former prime minister Imran Khan blamed the army for the raid, saying it had been planned for weeks.\n\nImran Khan is a former cricketer and was jailed in 2023.";
        var article = PlainTextArticleParser.Parse(text, new ArticleMetadata());

        Assert.Null(article.Metadata.Author);
        Assert.Contains(ContentOf(article), s => s == "Imran Khan is a former cricketer and was jailed in 2023.");
    }

    [Theory]
    [InlineData("Updated: 12 May 2025\nPublished: 10 May 2025\n\nThe body of the article goes here with enough words to be prose.", "2025-05-10")]
    [InlineData("Posted on October 2025\n\nThe body of the article goes here with enough words to be prose.", "2025-10")]
    [InlineData("Updated 2025-01-04 10:12 IST\n\nThe body of the article goes here with enough words to be prose.", "2025-01-04")]
    public void Published_label_beats_updated_and_keeps_precision(string text, string expected)
    {
        Assert.Equal(expected, PlainTextArticleParser.Parse(text, new ArticleMetadata()).Metadata.Published.ToString());
    }
}
