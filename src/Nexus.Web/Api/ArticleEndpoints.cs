using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>The article list and the reader: text, mention spans linked to entities, and the claims it states.</summary>
internal static class ArticleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/articles", List).WithSummary("Articles, newest first");
        api.MapGet("/articles/{id:long}", Detail).WithSummary("An article's text with its mention spans and claims (text is untrusted: render as text)");
    }

    private static IResult List(KnowledgeService knowledge, int? offset, int? limit, string? q)
    {
        var index = knowledge.Index();
        var query = q?.Trim();
        var all = index.Snapshot.Articles
            .Where(a => string.IsNullOrEmpty(query) || (a.Metadata.Title ?? "").Contains(query, StringComparison.OrdinalIgnoreCase) || (a.Metadata.Outlet ?? "").Contains(query, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => a.Metadata.Published?.Earliest ?? DateOnly.FromDateTime(a.IngestedAt.UtcDateTime))
            .ThenByDescending(a => a.Id)
            .ToArray();
        var (skip, take) = ApiRoutes.Paging(offset, limit);
        var items = all.Skip(skip).Take(take)
            .Select(a => new ArticleSummary(ViewBuilder.Article(a), a.Metadata.Author, a.EntityCount, a.ClaimCount, a.EventCount, a.IngestedAt.ToString("O")))
            .ToArray();
        return Results.Ok(new Page<ArticleSummary>(all.Length, skip, items));
    }

    private static IResult Detail(KnowledgeService knowledge, long id)
    {
        var (article, text, mentions) = knowledge.Read(s => (s.Article(id), s.ArticleText(id), s.MentionsIn(id)));
        if (article is null || text is null) return Problems.NotFound($"no article {id}");
        var index = knowledge.Index();
        var views = new ViewBuilder(index, knowledge);
        var mentionViews = mentions
            .Where(m => m.Span.Start >= 0 && m.Span.End <= text.Length && !m.Span.IsEmpty)
            .OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End)
            .Select(m => MentionOf(views, m.EntityId, m.Span))
            .ToArray();
        var claims = index.ClaimsByArticle.TryGetValue(id, out var c) ? c.Select(x => views.Claim(x)).ToArray() : [];
        var meta = article.Metadata;
        return Results.Ok(new ArticleDetail(ViewBuilder.Article(article), meta.Author, meta.Dateline, article.Sha256, text, mentionViews, claims));
    }

    private static MentionView MentionOf(ViewBuilder views, long entityId, Nexus.Core.Text.TextSpan span)
    {
        var e = views.Ref(entityId);
        return new MentionView(span.Start, span.End, e.Id, e.Name, e.Type);
    }
}
