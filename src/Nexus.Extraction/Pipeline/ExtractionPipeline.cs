using System.Collections.Immutable;
using Nexus.Core.Articles;
using Nexus.Extraction.Entities;
using Nexus.Extraction.Events;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Extraction.Linking;
using Nexus.Extraction.Relations;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Pipeline;

/// <summary>
/// text → tokens → mentions → entities → claims and events, for one article at a time. Thread-safe when its stages are.
/// With <paramref name="kb"/>, countries and places named in the note on the author become mentions too, and
/// countries named inside longer names join the entities after the claim stage (<see cref="NestedCountries"/>).
/// </summary>
public sealed class ExtractionPipeline(
    ITextAnalyzer analyzer,
    IEntityRecognizer recognizer,
    IEntityLinker linker,
    IRelationExtractor relations,
    IEventExtractor events,
    KnowledgeBaseIndex? kb = null)
{
    public ArticleExtraction Extract(Article article)
    {
        var analysis = analyzer.Analyze(article.Text, article.Content);
        var mentions = MetadataMentions.Add(article, recognizer.Recognize(analysis), kb);
        var entities = linker.Link(analysis, mentions);
        var context = new ExtractionContext(article, analysis, entities);
        var claims = relations.Extract(context);
        var found = events.Extract(context);
        var named = kb is null ? entities : NestedCountries.Add(article.Text, entities, kb);
        return new ArticleExtraction(article, [.. named], [.. claims], [.. found]);
    }
}
