using System.Collections.Immutable;
using Nexus.Core.Articles;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Knowledge;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Graph.Tests;

/// <summary>
/// A small invented store: a spy agency backing two wings of a movement, one wing supplying the other,
/// an alliance that turns into rivalry, a denial, a syndicated copy and a rejected claim.
/// </summary>
public static class SampleSnapshot
{
    public const long Agency = 1, WingA = 2, WingB = 3, State = 4, Other = 5, City = 6, Leader = 7;

    public static KnowledgeSnapshot Create()
    {
        StoredEntity[] entities =
        [
            new(Agency, "Spy Agency", EntityType.StateAgency, ["Spy Agency", "SA"], null),
            new(WingA, "Movement Armed Wing", EntityType.MilitantGroup, ["Movement Armed Wing"], null),
            new(WingB, "Gang Network", EntityType.CriminalGroup, ["Gang Network"], null),
            new(State, "Stateland", EntityType.Government, ["Stateland"], null),
            new(Other, "Other Front", EntityType.MilitantGroup, ["Other Front"], null),
            new(City, "Port City", EntityType.Location, ["Port City"], null),
            new(Leader, "Wing Leader", EntityType.Person, ["Wing Leader"], null),
        ];
        StoredArticle[] articles =
        [
            Article(1, "Outlet A", "2025-01-10", "Agency backs the armed wing", null),
            Article(2, "Outlet B", "2025-06-01", "Gang supplies arms to the wing", null),
            Article(3, "Outlet C", "2025-01-11", "Agency backs the armed wing (syndicated)", copyOf: 1),
            Article(4, "Outlet A", "2025-09-01", "Rift between the gang and the wing", null),
        ];
        StoredClaim[] claims =
        [
            Claim(1, 1, Agency, RelationType.Sponsors, WingA, Polarity.Asserted, 0.9, "The agency backs the wing."),
            Claim(2, 3, Agency, RelationType.Sponsors, WingA, Polarity.Asserted, 0.9, "The agency backs the wing."),
            Claim(3, 2, Agency, RelationType.Sponsors, WingA, Polarity.Hedged, 0.8, "The agency reportedly supports the wing.", speaker: "officials"),
            Claim(4, 1, WingB, RelationType.Funds, WingA, Polarity.Asserted, 0.8, "The gang funnels funds to the wing."),
            Claim(5, 2, WingB, RelationType.Arms, WingA, Polarity.Asserted, 0.8, "The gang is a conduit for arms to the wing."),
            Claim(6, 2, Agency, RelationType.Sponsors, WingB, Polarity.Asserted, 0.7, "The agency uses the gang as a proxy."),
            Claim(7, 4, State, RelationType.Sponsors, WingA, Polarity.Denied, 0.7, "Stateland denies backing the wing.", contests: 1, speakerEntity: State),
            Claim(8, 1, WingB, RelationType.AlliedWith, WingA, Polarity.Asserted, 0.8, "The nexus between the gang and the wing.", validFrom: "2024"),
            Claim(9, 4, WingA, RelationType.RivalOf, WingB, Polarity.Asserted, 0.8, "An intense rivalry has split the wing and the gang.", validFrom: "2025-08"),
            Claim(10, 4, Agency, RelationType.Arms, Other, Polarity.Asserted, 0.9, "A rejected claim.", review: ReviewStatus.Rejected),
            Claim(11, 2, WingA, RelationType.AlliedWith, Other, Polarity.Asserted, 0.6, "The wing cooperates with the other front."),
            Claim(12, 4, Other, RelationType.Fights, WingB, Polarity.Asserted, 0.6, "The other front fights the gang."),
            Claim(13, 2, WingA, RelationType.OperatesIn, City, Polarity.Asserted, 0.6, "The wing operates out of Port City."),
            Claim(14, 2, Leader, RelationType.Leads, WingA, Polarity.Asserted, 0.9, "Wing Leader heads the armed wing."),
        ];
        StoredMention[] mentions =
        [
            .. claims.Where(c => c.Review != ReviewStatus.Rejected)
                .SelectMany(c => new[] { new StoredMention(c.ArticleId, c.SourceEntityId, new TextSpan(0, 1)), new StoredMention(c.ArticleId, c.TargetEntityId, new TextSpan(0, 1)) })
                .Distinct(),
        ];
        return new KnowledgeSnapshot([.. entities], [.. articles], [.. claims], [], [.. mentions]);
    }

    private static StoredArticle Article(long id, string outlet, string date, string title, long? copyOf) =>
        new(id, new ArticleMetadata($"/news/{id}.html", $"https://example.org/{id}", title, PartialDate.Parse(date), outlet), $"sha{id}", copyOf,
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 3, 3, 0);

    private static StoredClaim Claim(long id, long article, long source, RelationType type, long target, Polarity polarity, double confidence, string quote,
        string? speaker = null, long? speakerEntity = null, long? contests = null, string? validFrom = null, ReviewStatus review = ReviewStatus.Unreviewed) =>
        new(id, article, source, type, target, polarity, speaker, speakerEntity, validFrom is null ? null : PartialDate.Parse(validFrom), null,
            confidence, new Evidence(new TextSpan(0, quote.Length), quote), contests, review);
}
