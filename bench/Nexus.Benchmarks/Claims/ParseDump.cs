using Nexus.Core.Articles;
using Nexus.Extraction.Pipeline;
using Nexus.Extraction.Relations;

namespace Nexus.Benchmarks.Claims;

/// <summary>
/// `parse-dump FILE`: every sentence of an article as the claim reader sees it: the slotted view, then one
/// line per token (index, word, UPOS, lemma, head, relation, slot), then the claims read from it.
/// A development aid for writing general rules; it prints, it does not measure.
/// </summary>
public static class ParseDump
{
    public static int Run(string[] args)
    {
        var pipeline = DefaultPipeline.Create("models");
        var analyzer = DefaultPipeline.CreateAnalyzer("models");
        var text = File.ReadAllText(args[1]);
        var article = Article.FromPlainText(text);
        var extraction = pipeline.Extract(article);
        var analysis = analyzer.Analyze(article.Text, article.Content);
        var context = new ExtractionContext(article, analysis, extraction.Entities);
        var views = new SentenceViewFactory(context);
        var claims = new PatternRelationExtractor().ExtractTraced(context);
        foreach (var sentence in analysis.Sentences)
        {
            var view = views.Next(new Nexus.Core.Text.TextSpan(sentence.Start, sentence.End));
            Console.WriteLine($"\n## {view.Text}");
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var head = analysis.Heads![i];
                var slot = view.Slots.Select((s, k) => (s, k)).Where(p => p.s.Span.Start < analysis.Tokens[i].End && p.s.Span.End > analysis.Tokens[i].Start).Select(p => "@" + p.k).FirstOrDefault() ?? "";
                Console.WriteLine($"{i - sentence.FirstToken,3} {analysis.TokenText(i),-18} {analysis.Upos![i],-6} {analysis.Xpos![i],-5} {analysis.Lemmas![i],-14} {(head < 0 ? -1 : head - sentence.FirstToken),3} {analysis.Relations![i],-12} {slot}");
            }
            foreach (var c in claims.Where(c => c.Claim.Evidence.Span.Start >= sentence.Start && c.Claim.Evidence.Span.End <= sentence.End))
                Console.WriteLine($"   => {c.Rule}: {Name(c.Claim.SourceId)} {c.Claim.Type} {Name(c.Claim.TargetId)} [{c.Claim.Polarity}] by {c.Claim.AttributedTo?.Text ?? "author"}");
        }
        return 0;

        string Name(string id) => extraction.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;
    }
}
