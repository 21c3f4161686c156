using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Graph.Model;
using Nexus.Graph.Threads;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>Story threads ("connected dots") from Nexus.Graph, newest first, memoised per store index and window.</summary>
internal static class ThreadEndpoints
{
    /// <summary>Threading compares every pair of articles; beyond this many the caller must narrow the window.</summary>
    private const int MaxArticles = 5000;

    private static readonly ConcurrentDictionary<(KnowledgeIndex, DateOnly?, DateOnly?), ImmutableArray<StoryThread>> Cache = new();

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/threads", Threads).WithSummary("Story threads newest first, each with its dots (date, outlet, title, what it added); from/to narrow the window");

    private static IResult Threads(KnowledgeService knowledge, string? from, string? to, int? limit)
    {
        if (!EventEndpoints.TryDate(from, out var start) || !EventEndpoints.TryDate(to, out var end))
            return Problems.BadRequest("from/to must be ISO 8601 dates");
        var window = new TimeWindow(From: start?.Earliest, To: end?.Latest);
        var index = knowledge.Index();
        var articles = index.Snapshot.Articles.Count(window.Includes);
        if (articles > MaxArticles)
            return Problems.Result(StatusCodes.Status422UnprocessableEntity, "Window too wide",
                $"{articles:N0} articles in the window; threading compares every pair, so narrow it with from/to to at most {MaxArticles:N0}");
        if (Cache.Count > 32) Cache.Clear();
        var threads = Cache.GetOrAdd((index, window.From, window.To), k => StoryThreads.Build(k.Item1.Snapshot, window));
        var (_, take) = ApiRoutes.Paging(0, limit, 500, 100);
        return Results.Ok(threads.Take(take).ToArray());
    }
}
