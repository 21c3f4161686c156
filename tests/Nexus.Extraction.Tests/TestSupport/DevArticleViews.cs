using Nexus.Core.Articles;
using Nexus.Core.Text;
using Nexus.Extraction.Pipeline;

namespace Nexus.Extraction.Tests.TestSupport;

/// <summary>The sentence views (slot-rewritten sentences) of the written dev articles, eval/dev/articles, with the shipped models.</summary>
public static class DevArticleViews
{
    private static readonly Lazy<List<string>> Views = new(Read);

    public static IReadOnlyList<string> All => Views.Value;

    private static List<string> Read()
    {
        var root = Path.GetDirectoryName(EntityTestModels.ModelsDirectory())!;
        var views = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "eval", "dev", "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            var article = Article.FromPlainText(File.ReadAllText(file));
            var analysis = EntityTestModels.Analyze(article.Text);
            var context = new ExtractionContext(article, analysis, EntityTestModels.Link(article.Text));
            var reader = context.SentenceViews.Read();
            views.AddRange(analysis.Sentences.Select(s => reader.Next(new TextSpan(s.Start, s.End)).Text));
        }
        return views;
    }
}
