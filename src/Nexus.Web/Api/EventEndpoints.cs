using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Core.Time;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>The events timeline, newest first, optionally within a window or about one entity.</summary>
internal static class EventEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/events", List).WithSummary("Events newest first; from/to are ISO dates; entity filters by actor or place");

    private static IResult List(KnowledgeService knowledge, string? from, string? to, long? entity, int? offset, int? limit)
    {
        if (!TryDate(from, out var start) || !TryDate(to, out var end)) return Problems.BadRequest("from/to must be ISO 8601 dates (2025, 2025-09 or 2025-09-19)");
        var index = knowledge.Index();
        var views = new ViewBuilder(index, knowledge);
        var all = index.Snapshot.Events
            .Where(e => start is null || (e.Date ?? DateOf(index, e.ArticleId))?.Latest >= start.Value.Earliest)
            .Where(e => end is null || (e.Date ?? DateOf(index, e.ArticleId))?.Earliest <= end.Value.Latest)
            .Where(e => entity is null || e.LocationEntityId == entity || e.ActorEntityIds.Contains(entity.Value))
            .OrderByDescending(e => (e.Date ?? DateOf(index, e.ArticleId))?.Earliest)
            .ThenByDescending(e => e.Id)
            .ToArray();
        var (skip, take) = ApiRoutes.Paging(offset, limit, 500, 100);
        var items = all.Skip(skip).Take(take).Select(e => new EventView(
            e.Id, e.Type.ToString().ToLowerInvariant(), (e.Date ?? DateOf(index, e.ArticleId))?.ToString(),
            e.LocationEntityId is { } l ? views.Ref(l) : null, [.. e.ActorEntityIds.Select(views.Ref)],
            views.Evidence(e.ArticleId, e.Evidence), views.Article(e.ArticleId), e.Killed, e.Injured)).ToArray();
        return Results.Ok(new Page<EventView>(all.Length, skip, items));
    }

    private static PartialDate? DateOf(KnowledgeIndex index, long articleId) =>
        index.Articles.TryGetValue(articleId, out var a) ? a.Metadata.Published : null;

    internal static bool TryDate(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!PartialDate.TryParse(text, out var d)) return false;
        date = d;
        return true;
    }
}
