using Nexus.Core.Claims;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Core.Knowledge;

/// <summary>
/// A claim in the store, its ends resolved to store-wide entities. <see cref="Speaker"/> is the
/// speaker's words; <see cref="SpeakerEntityId"/> the entity when the speaker was named.
/// <see cref="ContestsClaimId"/> points from a denial to the claim it denies.
/// </summary>
public sealed record StoredClaim(
    long Id,
    long ArticleId,
    long SourceEntityId,
    RelationType Type,
    long TargetEntityId,
    Polarity Polarity,
    string? Speaker,
    long? SpeakerEntityId,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    double Confidence,
    Evidence Evidence,
    long? ContestsClaimId,
    ReviewStatus Review = ReviewStatus.Unreviewed);
