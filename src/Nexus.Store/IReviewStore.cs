using Nexus.Core.Knowledge;

namespace Nexus.Store;

/// <summary>
/// An analyst's corrections: confirm or reject claims, merge or split entities. Every change is an
/// audited <see cref="ReviewAction"/> that can be undone, so no correction destroys information.
/// </summary>
public interface IReviewStore
{
    /// <summary>Claims awaiting review, least confident first (the ones most worth a look).</summary>
    IReadOnlyList<StoredClaim> ReviewQueue(int limit);

    ReviewAction SetClaimReview(long claimId, ReviewStatus status, string actor, string? note);

    /// <summary>Folds <paramref name="mergedId"/> into <paramref name="keepId"/>: names, aliases, mentions, claims and events move.</summary>
    ReviewAction MergeEntities(long keepId, long mergedId, string actor, string? note);

    /// <summary>Moves the given aliases, and the claims listed, from an entity to a new one of the same type.</summary>
    ReviewAction SplitEntity(long entityId, string newName, IReadOnlyCollection<string> aliases, IReadOnlyCollection<long> claimIds, string actor, string? note);

    /// <summary>Reverts one action (itself recorded as an action); fails if it was already undone.</summary>
    ReviewAction Undo(long actionId, string actor);

    /// <summary>The audit trail, newest first.</summary>
    IReadOnlyList<ReviewAction> History(int limit);
}
