using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using Nexus.Core.Entities;
using Nexus.Web.Security;
using Nexus.Web.Services;

namespace Nexus.Web.Api;

/// <summary>Search as you type, the entity list, and an entity with its claims and evidence.</summary>
internal static class EntityEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).WithSummary("Entities whose name or an alias matches, best first (search as you type)");
        api.MapGet("/entities", List).WithSummary("Entities, most discussed first");
        api.MapGet("/entities/{id:long}", Detail).WithSummary("An entity: aliases, knowledge-base id, its newest claims (offset/limit, default 50) grouped by relation with evidence and denials");
    }

    private static IResult Search(KnowledgeService knowledge, string? q, int? limit)
    {
        var query = (q ?? "").Trim();
        if (query.Length == 0) return Results.Ok(Array.Empty<EntitySummary>());
        if (query.Length > 200) return Problems.BadRequest("q is longer than 200 characters");
        var (_, take) = ApiRoutes.Paging(0, limit, 50, 10);
        var index = knowledge.Index();
        var views = new ViewBuilder(index, knowledge);
        var found = knowledge.Read(s => s.SearchEntities(query, take));
        return Results.Ok(found.Select(views.Summary).ToArray());
    }

    private static IResult List(KnowledgeService knowledge, string? type, int? offset, int? limit)
    {
        EntityType? wanted = null;
        if (!string.IsNullOrEmpty(type))
        {
            if (!Enum.TryParse<EntityType>(type, true, out var t)) return Problems.BadRequest($"unknown entity type '{type}'");
            wanted = t;
        }
        var index = knowledge.Index();
        var views = new ViewBuilder(index, knowledge);
        var all = index.Snapshot.Entities.Where(e => wanted is null || e.Type == wanted)
            .Select(views.Summary).OrderByDescending(e => e.Claims).ThenByDescending(e => e.Articles).ThenBy(e => e.Name, StringComparer.Ordinal).ToArray();
        var (skip, take) = ApiRoutes.Paging(offset, limit);
        return Results.Ok(new Page<EntitySummary>(all.Length, skip, [.. all.Skip(skip).Take(take)]));
    }

    private static IResult Detail(KnowledgeService knowledge, long id, int? offset, int? limit)
    {
        var index = knowledge.Index();
        if (!index.Entities.TryGetValue(id, out var entity))
        {
            entity = knowledge.Read(s => s.Entity(id));
            if (entity is null) return Problems.NotFound($"no entity {id}");
        }
        var views = new ViewBuilder(index, knowledge);
        var claims = index.ClaimsByEntity.TryGetValue(id, out var c) ? c : [];
        var (skip, take) = ApiRoutes.Paging(offset, limit, 500, 50);
        // Denials appear nested under what they deny; only those denying nothing listed stand alone.
        var standing = claims.Where(x => x.ContestsClaimId is null || !index.Claims.ContainsKey(x.ContestsClaimId.Value)).ToArray();
        var shown = standing // already newest first
            .Skip(skip)
            .Take(take)
            .ToArray();
        var groups = shown
            .GroupBy(x => (Relation: x.Type, Role: x.SourceEntityId == id ? "source" : x.TargetEntityId == id ? "target" : "speaker"))
            .OrderBy(g => g.Key.Role).ThenBy(g => g.Key.Relation)
            .Select(g => new RelationGroup(Nexus.Core.Claims.RelationTypes.ToWire(g.Key.Relation), g.Key.Role, g.Count(), [.. g.Select(x => views.Claim(x))]))
            .ToArray();
        return Results.Ok(new EntityDetail(views.Summary(entity), groups, claims.Length, standing.Length > skip + shown.Length));
    }
}
