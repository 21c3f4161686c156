using Nexus.Core.Articles;

namespace Nexus.Core.Tests.Articles;

public class ArticleTests
{
    [Fact]
    public void Identity_is_the_sha256_of_the_utf8_text()
    {
        var article = Article.FromPlainText("abc");
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", article.Sha256);
        Assert.Equal(article.Sha256, Article.FromPlainText("abc").Sha256);
        Assert.NotEqual(article.Sha256, Article.FromPlainText("abd").Sha256);
    }

    [Fact]
    public void Plain_text_content_is_the_whole_text()
    {
        var article = Article.FromPlainText("Hello world.");
        Assert.Equal(0, Assert.Single(article.Content).Start);
        Assert.Equal(12, article.Content[0].End);
    }
}
