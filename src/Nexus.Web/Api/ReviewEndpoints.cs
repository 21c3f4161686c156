using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nexus.Core.Knowledge;
using Nexus.Store;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>The review queue and the analyst's corrections: all writes need the token, all are audited and undoable.</summary>
internal static class ReviewEndpoints
{
    internal sealed record ClaimVerdict(string Status, string? Note);

    internal sealed record MergeRequest(long Keep, long Merge, string? Note);

    internal sealed record SplitRequest(long Entity, string Name, string[]? Aliases, long[]? Claims, string? Note);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/review/queue", Queue).WithSummary("Unreviewed claims, least confident first");
        api.MapGet("/review/history", History).WithSummary("The audit trail of corrections, newest first");
        var writes = api.MapGroup("/review").AddEndpointFilter<WriteTokenFilter>();
        writes.MapPost("/claims/{id:long}", Verdict).WithSummary("Confirm or reject a claim: {status: confirmed|rejected|unreviewed, note}");
        writes.MapPost("/merge", Merge).WithSummary("Merge one entity into another: {keep, merge, note}");
        writes.MapPost("/split", Split).WithSummary("Split aliases and claims off an entity into a new one: {entity, name, aliases, claims, note}");
        writes.MapPost("/undo/{id:long}", Undo).WithSummary("Undo a correction");
    }

    private static IReviewStore? Reviews(NexusWebOptions options) => options.Store as IReviewStore;

    private static IResult Unsupported() => Problems.Result(StatusCodes.Status501NotImplemented, "Review unavailable", "This store does not support review.");

    private static IResult Queue(NexusWebOptions options, KnowledgeService knowledge, int? limit)
    {
        if (Reviews(options) is not { } reviews) return Unsupported();
        var (_, take) = ApiRoutes.Paging(0, limit, 500, 50);
        var claims = knowledge.Read(_ => reviews.ReviewQueue(take));
        var views = new ViewBuilder(knowledge.Index(), knowledge);
        return Results.Ok(claims.Select(c => views.Claim(c)).ToArray());
    }

    private static IResult History(NexusWebOptions options, KnowledgeService knowledge, int? limit)
    {
        if (Reviews(options) is not { } reviews) return Unsupported();
        var (_, take) = ApiRoutes.Paging(0, limit, 500, 100);
        return Results.Ok(knowledge.Read(_ => reviews.History(take)));
    }

    private static IResult Verdict(NexusWebOptions options, KnowledgeService knowledge, long id, ClaimVerdict body)
    {
        if (Reviews(options) is not { } reviews) return Unsupported();
        if (!Enum.TryParse<ReviewStatus>(body.Status, true, out var status) || !Enum.IsDefined(status) || int.TryParse(body.Status, out _))
            return Problems.BadRequest("status must be confirmed, rejected or unreviewed");
        return Apply(knowledge, () => reviews.SetClaimReview(id, status, "analyst", Note(body.Note)));
    }

    private static IResult Merge(NexusWebOptions options, KnowledgeService knowledge, MergeRequest body)
    {
        if (Reviews(options) is not { } reviews) return Unsupported();
        if (body.Keep == body.Merge) return Problems.BadRequest("cannot merge an entity into itself");
        return Apply(knowledge, () => reviews.MergeEntities(body.Keep, body.Merge, "analyst", Note(body.Note)));
    }

    private static IResult Split(NexusWebOptions options, KnowledgeService knowledge, SplitRequest body)
    {
        if (Reviews(options) is not { } reviews) return Unsupported();
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 300) return Problems.BadRequest("name must be 1 to 300 characters");
        return Apply(knowledge, () => reviews.SplitEntity(body.Entity, body.Name.Trim(), body.Aliases ?? [], body.Claims ?? [], "analyst", Note(body.Note)));
    }

    private static IResult Undo(NexusWebOptions options, KnowledgeService knowledge, long id)
    {
        if (Reviews(options) is not { } reviews) return Unsupported();
        return Apply(knowledge, () => reviews.Undo(id, "analyst"));
    }

    private static string? Note(string? note) => note is null ? null : note.Length > 2000 ? note[..2000] : note;

    /// <summary>Store refusals (no such claim, already undone) become 404/409 problems, not 500s.</summary>
    private static IResult Apply(KnowledgeService knowledge, Func<ReviewAction> change)
    {
        try
        {
            return Results.Ok(knowledge.Write(_ => change()));
        }
        catch (KeyNotFoundException e)
        {
            return Problems.NotFound(e.Message);
        }
        catch (InvalidOperationException e)
        {
            return Problems.Result(StatusCodes.Status409Conflict, "Conflict", e.Message);
        }
    }
}
