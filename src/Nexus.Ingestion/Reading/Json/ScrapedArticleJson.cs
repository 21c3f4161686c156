using System.Text.Json;
using Nexus.Core.Articles;
using Nexus.Ingestion.Reading.Html;
using Nexus.Ingestion.Reading.PlainText;

namespace Nexus.Ingestion.Reading.Json;

/// <summary>
/// Maps the object news scrapers write, <c>{"url","title","published","outlet","author","text"}</c>
/// (or <c>"html"</c> instead of <c>"text"</c>), to an article. Fields given in the object win over
/// what the text or markup suggests; the rest is read from the text as for any other input.
/// </summary>
public static class ScrapedArticleJson
{
    private static readonly string[] TextFields = ["text", "content", "body"];
    private static readonly string[] OutletFields = ["outlet", "source", "site_name", "publisher"];

    public static bool TryRead(JsonElement element, string path, out Article? article, out string error)
    {
        (article, error) = (null, string.Empty);
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = $"expected a JSON object, found {element.ValueKind.ToString().ToLowerInvariant()}";
            return false;
        }
        var known = new ArticleMetadata(
            Path: path,
            Url: StringField(element, "url"),
            Title: StringField(element, "title"),
            Published: DateExpressions.TryParseField(StringField(element, "published") ?? StringField(element, "date"), out var date) ? date : null,
            Outlet: OutletFields.Select(f => StringField(element, f)).FirstOrDefault(v => v is not null),
            Author: AuthorField(element));
        var text = TextFields.Select(f => StringField(element, f)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (text is not null)
        {
            article = PlainTextArticleParser.Parse(text, known);
            return true;
        }
        var html = StringField(element, "html");
        if (!string.IsNullOrWhiteSpace(html)) return HtmlArticleParser.TryParse(html, known, out article, out error);
        error = "the object has no \"text\" or \"html\" field with article text";
        return false;
    }

    private static string? StringField(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : null;

    /// <summary>"author" may be a name, a list of names, or an object with a "name".</summary>
    private static string? AuthorField(JsonElement element)
    {
        if (!element.TryGetProperty("author", out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(NameOf).OfType<string>()) is { Length: > 0 } all ? all : null,
            JsonValueKind.Object => NameOf(value),
            _ => null,
        };
    }

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => StringField(value, "name"),
        _ => null,
    };
}
