using Nexus.Core.Claims;
using Nexus.Core.Knowledge;
using Nexus.Core.Text;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>
/// Turns stored records into wire views for one request: resolves names, finds each quote's
/// paragraph in its article, and nests denials beside the claims they deny.
/// </summary>
internal sealed class ViewBuilder(KnowledgeIndex index, KnowledgeService knowledge)
{
    private const int MaxParagraph = 1200;
    private readonly Dictionary<long, string?> _texts = [];

    public EntityRef Ref(long entityId) =>
        index.Entities.TryGetValue(entityId, out var e) ? new EntityRef(e.Id, e.Name, e.Type.ToString()) : new EntityRef(entityId, $"#{entityId}", "Unknown");

    public EntitySummary Summary(StoredEntity e) => new(
        e.Id, e.Name, e.Type.ToString(), [.. e.Aliases], e.KnowledgeBaseId,
        index.MentionCounts.GetValueOrDefault(e.Id),
        index.ClaimsByEntity.TryGetValue(e.Id, out var c) ? c.Length : 0);

    public ArticleRef Article(long articleId) => index.Articles.TryGetValue(articleId, out var a)
        ? Article(a)
        : new ArticleRef(articleId, null, null, null, null, null);

    public static ArticleRef Article(StoredArticle a) =>
        new(a.Id, a.Metadata.Title, a.Metadata.Outlet, a.Metadata.Published?.ToString(), a.Metadata.Url, a.CopyOf);

    public ClaimView Claim(StoredClaim c, bool withDenials = true) => new(
        c.Id, c.Type.ToWire(), Ref(c.SourceEntityId), Ref(c.TargetEntityId),
        c.Polarity.ToString().ToLowerInvariant(), c.Speaker, c.SpeakerEntityId,
        c.ValidFrom?.ToString(), c.ValidTo?.ToString(), Math.Round(c.Confidence, 4),
        c.Review.ToString().ToLowerInvariant(), Evidence(c.ArticleId, c.Evidence), Article(c.ArticleId), c.ContestsClaimId,
        withDenials && index.DenialsOf.TryGetValue(c.Id, out var denials) ? [.. denials.Select(d => Claim(d, false))] : null);

    public EvidenceView Evidence(long articleId, Evidence evidence)
    {
        var found = knowledge.Paragraphs.GetOrAdd(articleId, evidence.Span, () => Paragraph(TextOf(articleId), evidence.Span) is { } p ? (p.Text, p.Start, p.End) : null);
        return new(evidence.Text, evidence.Span.Start, evidence.Span.End, found is { } f ? new ParagraphView(f.Text, f.Start, f.End) : null);
    }

    public string? TextOf(long articleId)
    {
        if (!_texts.TryGetValue(articleId, out var text))
            _texts[articleId] = text = knowledge.Read(s => s.ArticleText(articleId));
        return text;
    }

    /// <summary>The line holding the span (articles keep one paragraph per line), trimmed to a readable window.</summary>
    public static ParagraphView? Paragraph(string? text, TextSpan span)
    {
        if (text is null || span.Start < 0 || span.End > text.Length || span.IsEmpty) return null;
        var start = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var end = text.IndexOf('\n', span.End);
        if (end < 0) end = text.Length;
        if (span.Start - start > MaxParagraph / 2) start = span.Start - MaxParagraph / 2;
        if (end - span.End > MaxParagraph / 2) end = span.End + MaxParagraph / 2;
        return new ParagraphView(text[start..end], start, end);
    }
}
