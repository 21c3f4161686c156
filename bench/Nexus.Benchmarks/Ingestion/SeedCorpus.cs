using System.Text;

namespace Nexus.Benchmarks.Ingestion;

/// <summary>The seed articles (../shared/seeds beside the repository root) as bytes and as the other input formats.</summary>
internal static class SeedCorpus
{
    public static IReadOnlyList<byte[]> PlainTexts { get; } = Load();

    public static string Text(int i) => Encoding.UTF8.GetString(PlainTexts[i]);

    /// <summary>A seed wrapped in the markup a news page carries: head metadata, navigation, share bar, footer.</summary>
    public static byte[] AsHtml(int i)
    {
        var paragraphs = string.Concat(Text(i).Split('\n').Where(l => l.Trim().Length > 0).Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>\n"));
        var page = "<!DOCTYPE html><html><head><title>Seed</title><meta property=\"og:site_name\" content=\"Example\">" +
                   "<meta property=\"article:published_time\" content=\"2025-09-19T10:00:00Z\"><script>var x = 1;</script></head><body>" +
                   "<header><nav><a href=\"/\">Home</a></nav></header><div class=\"share-bar\">Share</div><article>" + paragraphs +
                   "</article><aside>Latest News</aside><footer>© 2025 Example</footer></body></html>";
        return Encoding.UTF8.GetBytes(page);
    }

    /// <summary>All seeds as JSON Lines scraper records.</summary>
    public static byte[] AsJsonLines() => Encoding.UTF8.GetBytes(string.Concat(PlainTexts.Select((_, i) =>
        System.Text.Json.JsonSerializer.Serialize(new { title = "Seed " + i, outlet = "Example", text = Text(i) }) + "\n")));

    private static List<byte[]> Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Nexus.sln"))) continue;
            var seeds = Path.Combine(dir.FullName, "..", "shared", "seeds");
            return [.. Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        }
        throw new InvalidOperationException("Nexus.sln not found above " + AppContext.BaseDirectory);
    }
}
