using Nexus.Core.Articles;
using Nexus.Ingestion.Reading.Html;

namespace Nexus.Ingestion.Tests.Reading.Html;

public sealed class HtmlArticleParserTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Militants strike convoy | Example Times</title>
          <meta property="og:title" content="Militants strike convoy in Kurram">
          <meta property="og:site_name" content="Example Times">
          <meta property="article:published_time" content="2025-06-14T09:30:00+05:00">
          <meta name="author" content="Jane Roe">
          <script>var tracking = "Share this on Google";</script>
          <style>p { color: red }</style>
        </head><body>
          <header><nav><a href="/">Home</a> <a href="/latest">Latest News</a></nav></header>
          <div class="share-bar">Share: Facebook Twitter</div>
          <article>
            <h1>Militants strike convoy in Kurram</h1>
            <p>Gunmen ambushed a <b>passenger convoy</b> in the Kurram district on Friday, killing at least
               twelve people, police said.</p>
            <p>The attack came a week after a ceasefire between rival tribes.<br>Officials said talks would continue.</p>
            <div class="related-stories"><h3>Related</h3><ul><li>Earlier clash in Parachinar</li></ul></div>
            <p>Audio Loading voice…</p>
          </article>
          <aside>Most Read: Something else entirely</aside>
          <footer>© 2025 Example Times. All rights reserved.</footer>
        </body></html>
        """;

    private static Article Parse(string html, ArticleMetadata? known = null)
    {
        Assert.True(HtmlArticleParser.TryParse(html, known ?? new ArticleMetadata(Path: "page.html"), out var article, out var error), error);
        return article!;
    }

    private static IEnumerable<string> ContentOf(Article a) => a.Content.Select(s => s.Slice(a.Text));

    [Fact]
    public void Reads_metadata_from_meta_tags()
    {
        var m = Parse(Page).Metadata;
        Assert.Equal("Militants strike convoy in Kurram", m.Title);
        Assert.Equal("2025-06-14", m.Published.ToString());
        Assert.Equal("Jane Roe", m.Author);
        Assert.Equal("Example Times", m.Outlet);
        Assert.Equal("page.html", m.Path);
    }

    [Fact]
    public void Text_is_the_article_body_as_paragraphs_separated_by_blank_lines()
    {
        var article = Parse(Page);
        Assert.Equal(
            "Militants strike convoy in Kurram\n\n" +
            "Gunmen ambushed a passenger convoy in the Kurram district on Friday, killing at least twelve people, police said.\n\n" +
            "The attack came a week after a ceasefire between rival tribes.\nOfficials said talks would continue.\n\n" +
            "Audio Loading voice…",
            article.Text);
        Assert.Equal(3, article.Content.Length);
        Assert.DoesNotContain(ContentOf(article), s => s.Contains("Audio", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_json_ld_and_time_elements_when_meta_tags_are_missing()
    {
        const string html = """
            <html><head><title>Raid in Khost - The Daily Example</title>
            <script type="application/ld+json">{ broken json </script>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
              {"@type":"NewsArticle","headline":"Raid in Khost","datePublished":"2024-11-02","author":[{"@type":"Person","name":"A. Writer"}],
               "publisher":{"@type":"Organization","name":"The Daily Example"}}]}</script></head>
            <body><main><p>Security forces raided a compound in Khost on Saturday, officials said, and detained three men.</p></main></body></html>
            """;
        var m = Parse(html).Metadata;
        Assert.Equal("Raid in Khost", m.Title);
        Assert.Equal("2024-11-02", m.Published.ToString());
        Assert.Equal("A. Writer", m.Author);
        Assert.Equal("The Daily Example", m.Outlet);
    }

    [Fact]
    public void Uses_time_datetime_rel_author_and_the_densest_block()
    {
        const string html = """
            <html><body><div id="menu"><p>Home</p><p>World</p></div>
            <div class="story"><h1>Talks collapse</h1><a rel="author" href="/a">Sam Poe</a><time datetime="2023-07">July</time>
            <p>Negotiations between the two factions collapsed on Tuesday after a dispute over prisoners.</p>
            <p>Mediators said they would try again next month, according to a statement.</p></div></body></html>
            """;
        var article = Parse(html);
        Assert.Equal("Talks collapse", article.Metadata.Title);
        Assert.Equal("Sam Poe", article.Metadata.Author);
        Assert.Equal("2023-07", article.Metadata.Published.ToString());
        Assert.Contains(ContentOf(article), s => s.StartsWith("Negotiations between", StringComparison.Ordinal));
        Assert.DoesNotContain(ContentOf(article), s => s.Contains("World", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed <b>bold <i>italic <p>Another paragraph with the attack on the <div>convoy</html>")]
    [InlineData("<<<>>><p <p>>text</p></b></i></div></span><table><td>cell with reporting in it</table>")]
    [InlineData("<p>" + "<div>" + "</p>")]
    public void Malformed_html_does_not_crash(string html)
    {
        var ok = HtmlArticleParser.TryParse(html, new ArticleMetadata(), out var article, out var error);
        Assert.True(ok ? article is not null : error.Length > 0);
    }

    [Fact]
    public void Deeply_nested_markup_is_read()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 1500)) + "<p>Deep text that is still an article sentence.</p>";
        Assert.Contains("Deep text", Parse(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_text_is_a_failure()
    {
        Assert.False(HtmlArticleParser.TryParse("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>", new ArticleMetadata(), out _, out var error));
        Assert.Contains("no article text", error, StringComparison.Ordinal);
    }
}
