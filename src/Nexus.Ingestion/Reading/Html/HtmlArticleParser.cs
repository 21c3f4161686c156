using AngleSharp.Html.Parser;
using Nexus.Core.Articles;
using Nexus.Ingestion.Reading.PlainText;

namespace Nexus.Ingestion.Reading.Html;

/// <summary>
/// Reads an HTML page: metadata from the markup, the body as plain text (the article's
/// <see cref="Article.Text"/>, headline first), then the plain-text rules for any furniture
/// that sits inside the article element itself.
/// </summary>
public static class HtmlArticleParser
{
    public static bool TryParse(string html, ArticleMetadata known, out Article? article, out string error)
    {
        (article, error) = (null, string.Empty);
        try
        {
            using var document = new HtmlParser().ParseDocument(html);
            var metadata = HtmlMetadataReader.Read(document, known);
            var body = HtmlBodyExtractor.Extract(document);
            if (string.IsNullOrWhiteSpace(body))
            {
                error = "malformed or empty HTML: no article text found";
                return false;
            }
            if (metadata.Title is { } title && !body.StartsWith(title, StringComparison.Ordinal))
                body = title + "\n\n" + body;
            article = PlainTextArticleParser.Parse(body, metadata);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            error = "malformed HTML: " + e.Message;
            return false;
        }
    }
}
