using System.Text.Json;
using AngleSharp.Dom;

namespace Nexus.Ingestion.Reading.Html;

/// <summary>
/// The article fields of schema.org JSON-LD blocks (<c>datePublished</c>, <c>author</c>,
/// <c>publisher</c>, <c>headline</c>), looking through arrays and <c>@graph</c>. Broken blocks are skipped.
/// </summary>
public sealed record JsonLdMetadata(string? Headline, string? DatePublished, string? Author, string? Publisher)
{
    public static JsonLdMetadata Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true });
                if (FindArticle(json.RootElement) is { } article)
                    return new JsonLdMetadata(Text(article, "headline"), Text(article, "datePublished"), Name(article, "author"), Name(article, "publisher"));
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages and must not fail the article.
            }
        }
        return new JsonLdMetadata(null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindArticle(item) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.TryGetProperty("@graph", out var graph) && FindArticle(graph) is { } inGraph) return inGraph;
        return element.TryGetProperty("datePublished", out _) || IsArticleType(element) ? element : null;
    }

    private static bool IsArticleType(JsonElement element) =>
        element.TryGetProperty("@type", out var type) && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type])
            .Any(t => t.ValueKind == JsonValueKind.String && (t.GetString() ?? "").EndsWith("Article", StringComparison.Ordinal));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A person or organisation: a string, an object with "name", or a list of them.</summary>
    private static string? Name(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value)) return null;
        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value])
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? Text(v, "name") : null)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }
}
