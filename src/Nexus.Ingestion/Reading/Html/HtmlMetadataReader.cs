using AngleSharp.Dom;
using Nexus.Core.Articles;
using Nexus.Ingestion.Reading.PlainText;

namespace Nexus.Ingestion.Reading.Html;

/// <summary>
/// Reads title, date, author, outlet and URL from a page's markup: Open Graph and article meta tags,
/// JSON-LD, <c>&lt;time datetime&gt;</c>, <c>rel=author</c>, then <c>&lt;title&gt;</c> and <c>&lt;h1&gt;</c>.
/// </summary>
public static class HtmlMetadataReader
{
    private static readonly string[] DateMetas =
        ["article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date"];

    public static ArticleMetadata Read(IDocument document, ArticleMetadata known)
    {
        var ld = JsonLdMetadata.Read(document);
        var metas = MetaTags(document);
        string? Meta(IDocument _, string key) => metas.GetValueOrDefault(key);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? ld.Headline
                    ?? Clean(document.QuerySelector("article h1, h1")?.TextContent) ?? Clean(document.Title);
        var published = DateMetas.Select(name => Meta(document, name)).Append(ld.DatePublished)
            .Append(document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("content") ?? document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("datetime"))
            .Append(document.QuerySelector("time[pubdate], article time[datetime], time[datetime]")?.GetAttribute("datetime"))
            .Select(v => DateExpressions.TryParseField(v, out var d) ? d : (Nexus.Core.Time.PartialDate?)null)
            .FirstOrDefault(d => d is not null);
        var author = NotUrl(Meta(document, "author")) ?? NotUrl(Meta(document, "article:author")) ?? ld.Author
                     ?? Clean(document.QuerySelector("[rel='author'], [itemprop='author'] [itemprop='name'], [itemprop='author']")?.TextContent)
                     ?? Byline(document);
        var outlet = Meta(document, "og:site_name") ?? ld.Publisher ?? Meta(document, "application-name");
        var url = Meta(document, "og:url") ?? document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        return known with
        {
            Title = known.Title ?? title,
            Published = known.Published ?? published,
            Author = known.Author ?? author,
            Outlet = known.Outlet ?? outlet,
            Url = known.Url ?? url,
        };
    }

    /// <summary>Meta tags by property, name or itemprop (case-insensitive; the first of each name wins).</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && Clean(meta.GetAttribute("content")) is { } value) tags.TryAdd(name, value);
        }
        return tags;
    }

    private static string? Byline(IDocument document)
    {
        var text = Clean(document.QuerySelector(".byline, .author, [class*='byline']")?.TextContent);
        if (text is null) return null;
        return MetadataLineRules.TryByline(text, out var name) ? name : TextLine.CountWords(text) <= 4 ? text : null;
    }

    private static string? NotUrl(string? value) =>
        value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return string.Join(' ', value.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }
}
