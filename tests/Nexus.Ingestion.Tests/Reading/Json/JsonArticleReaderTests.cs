using Nexus.Ingestion.Reading.Json;

namespace Nexus.Ingestion.Tests.Reading.Json;

public sealed class JsonArticleReaderTests
{
    private const string Scraped =
        """{"url":"https://example.org/a","title":"Raid in Khost","published":"2024-11-02T10:00:00Z","outlet":"Example Daily","author":"Sam Poe","text":"Raid in Khost\n\nSecurity forces raided a compound in Khost on Saturday and detained three men, officials said.\n\nShare:"}""";

    [Fact]
    public void One_object_gives_one_article_with_its_fields_as_metadata()
    {
        var outcome = Assert.Single(JsonArticleReader.ReadDocument(Scraped, "a.json"));

        Assert.True(outcome.Succeeded, outcome.Error);
        var article = outcome.Article!;
        Assert.Equal("https://example.org/a", article.Metadata.Url);
        Assert.Equal("Raid in Khost", article.Metadata.Title);
        Assert.Equal("2024-11-02", article.Metadata.Published.ToString());
        Assert.Equal("Example Daily", article.Metadata.Outlet);
        Assert.Equal("Sam Poe", article.Metadata.Author);
        Assert.Equal("a.json", article.Metadata.Path);
        Assert.StartsWith("Raid in Khost\n\nSecurity forces", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Content, s => s.Slice(article.Text).Contains("Share", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_instead_of_text_is_read_as_a_page()
    {
        const string json = """{"title":"Talks collapse","author":["A. One",{"name":"B. Two"}],"html":"<html><body><nav>Home</nav><article><p>Negotiations collapsed on Tuesday after a dispute over prisoners, mediators said.</p></article></body></html>"}""";
        var article = Assert.Single(JsonArticleReader.ReadDocument(json, "b.json")).Article!;

        Assert.Equal("Talks collapse", article.Metadata.Title);
        Assert.Equal("A. One, B. Two", article.Metadata.Author);
        Assert.Equal("Talks collapse\n\nNegotiations collapsed on Tuesday after a dispute over prisoners, mediators said.", article.Text);
    }

    [Fact]
    public void A_broken_json_line_fails_alone_with_its_line_number()
    {
        var text = Scraped + "\n{\"title\": \"cut off\", \"text\": \"Half a li\n\n" + Scraped.Replace("Raid in Khost", "Second raid", StringComparison.Ordinal) + "\n";

        var outcomes = JsonArticleReader.ReadLines(text, "feed.jsonl");

        Assert.Equal(3, outcomes.Count);
        Assert.True(outcomes[0].Succeeded);
        Assert.Equal(1, outcomes[0].Line);
        Assert.False(outcomes[1].Succeeded);
        Assert.Equal(2, outcomes[1].Line);
        Assert.StartsWith("feed.jsonl:2: broken JSON line", outcomes[1].Describe(), StringComparison.Ordinal);
        Assert.True(outcomes[2].Succeeded);
        Assert.Equal(4, outcomes[2].Line);
        Assert.Equal("Second raid", outcomes[2].Article!.Metadata.Title);
    }

    [Theory]
    [InlineData("""{"title":"no body"}""", "no \"text\" or \"html\"")]
    [InlineData("""[1, 2]""", "expected a JSON object")]
    [InlineData("""{"text": 42}""", "no \"text\" or \"html\"")]
    public void Objects_without_article_text_fail_clearly(string json, string reason)
    {
        var outcome = JsonArticleReader.ReadDocument(json, "c.json")[0];
        Assert.False(outcome.Succeeded);
        Assert.Contains(reason, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_json_document_names_the_line()
    {
        var outcome = Assert.Single(JsonArticleReader.ReadDocument("{\n\"title\": \"x\",\n\"text\": oops\n}", "d.json"));
        Assert.False(outcome.Succeeded);
        Assert.Equal(3, outcome.Line);
    }
}
