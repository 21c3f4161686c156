using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Nexus.Ingestion.Reading.Html;

/// <summary>
/// Finds a page's article body and renders it as plain text, one paragraph per block separated by
/// blank lines. Prefers <c>itemprop=articleBody</c>, then <c>&lt;article&gt;</c>, then <c>&lt;main&gt;</c>,
/// then the block with the most paragraph text; scripts, navigation, headers, footers, asides, forms
/// and share/related/comment widgets are dropped first.
/// </summary>
public static partial class HtmlBodyExtractor
{
    private const string Dropped = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, " +
                                   "input, figure, [hidden], [aria-hidden='true'], [role='navigation'], [role='banner'], [role='contentinfo'], " +
                                   "[role='complementary'], [role='search']";

    private static readonly HashSet<string> BlockTags =
    [
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE", "PRE",
        "DD", "DT", "DL", "TABLE", "TR", "TD", "TH", "FIGCAPTION", "ADDRESS", "HR", "CENTER",
    ];

    [GeneratedRegex(@"(?:^|[\s_-])(?:share|sharing|social|related|comments?|newsletter|advert\w*|ads?|promo\w*|breadcrumbs?|subscribe|sidebar|recommend\w*|popular|trending|cookie\w*|outbrain|taboola)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex WidgetClass();

    [GeneratedRegex(@"[ \t\u00A0\r\n\f]+")]
    private static partial Regex Spaces();

    public static string Extract(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(Dropped).ToList()) element.Remove();
        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.LocalName is "html" or "body" or "article" or "main") continue;
            if (WidgetClass().IsMatch((element.ClassName ?? "") + " " + element.Id)) element.Remove();
        }
        var root = ChooseRoot(document);
        return root is null ? string.Empty : Render(root);
    }

    private static IElement? ChooseRoot(IDocument document)
    {
        var body = document.QuerySelector("[itemprop='articleBody']");
        if (body is not null && TextLength(body) > 0) return body;
        var articles = document.QuerySelectorAll("article").OrderByDescending(TextLength).ToList();
        if (articles.Count > 0 && TextLength(articles[0]) > 0) return articles[0];
        var main = document.QuerySelector("main, [role='main']");
        if (main is not null && TextLength(main) > 0) return main;
        var densest = document.QuerySelectorAll("div, section, td")
            .Select(e => (Element: (IElement?)e, Score: e.Children.Where(c => c.LocalName == "p").Sum(TextLength)))
            .Append((Element: null, Score: 0))
            .MaxBy(x => x.Score);
        return densest.Score > 0 ? densest.Element : document.Body ?? document.DocumentElement;
    }

    private static int TextLength(IElement element) => element.TextContent.Trim().Length;

    /// <summary>Walks the tree without recursion (malformed pages can nest very deeply).</summary>
    private static string Render(IElement root)
    {
        var raw = new StringBuilder();
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var block = BlockTags.Contains(element.TagName);
                if (block) raw.Append("\n\n");
                if (leaving) continue;
                if (element.TagName == "BR") raw.Append('\n');
                stack.Push((node, true));
                for (var i = node.ChildNodes.Length - 1; i >= 0; i--) stack.Push((node.ChildNodes[i], false));
            }
            else if (node.NodeType == NodeType.Text && !leaving)
            {
                raw.Append(Spaces().Replace(node.TextContent, " "));
            }
        }
        var paragraphs = raw.ToString().Split("\n\n")
            .Select(p => string.Join('\n', p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }
}
