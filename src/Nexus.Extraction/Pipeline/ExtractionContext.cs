using Nexus.Core.Articles;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Relations;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Pipeline;

/// <summary>What the claim and event stages see: the article, its analysis and its linked entities.</summary>
public sealed class ExtractionContext
{
    private readonly (TextSpan Span, Entity Entity)[] _mentions;
    private SharedSentenceViews? _views;

    public ExtractionContext(Article article, AnalyzedText analysis, IReadOnlyList<Entity> entities)
    {
        Article = article;
        Analysis = analysis;
        Entities = entities;
        _mentions = entities.SelectMany(e => e.Mentions.Select(m => (m, e))).OrderBy(p => p.m.Start).ToArray();
    }

    public Article Article { get; }

    public AnalyzedText Analysis { get; }

    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The sentence views of this article, built once for the claim and event stages (<c>SentenceViews.Read().Next(span)</c>).</summary>
    public SharedSentenceViews SentenceViews => _views ??= new SharedSentenceViews(this);

    /// <summary>The shared views, reading coordinated and plural demonyms as states when this is the first stage to ask (the claim stage runs first).</summary>
    public SharedSentenceViews SentenceViewsWith(CountryOfDemonym? demonyms) => _views ??= new SharedSentenceViews(this, demonyms);

    /// <summary>Every entity mention in text order.</summary>
    public IReadOnlyList<(TextSpan Span, Entity Entity)> Mentions => _mentions;

    /// <summary>Mentions that lie inside a span (a sentence or clause), in text order.</summary>
    public IEnumerable<(TextSpan Span, Entity Entity)> MentionsWithin(TextSpan span)
    {
        var lo = LowerBound(span.Start);
        for (var i = lo; i < _mentions.Length && _mentions[i].Span.Start < span.End; i++)
            if (_mentions[i].Span.End <= span.End) yield return _mentions[i];
    }

    private int LowerBound(int start)
    {
        int lo = 0, hi = _mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Span.Start < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
