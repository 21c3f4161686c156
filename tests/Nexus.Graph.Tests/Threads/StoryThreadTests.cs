using Nexus.Core.Articles;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Knowledge;
using Nexus.Core.Text;
using Nexus.Core.Time;
using Nexus.Graph.Threads;

namespace Nexus.Graph.Tests.Threads;

public sealed class StoryThreadTests
{
    [Fact]
    public void RelatedArticlesFormOneThreadAndACopyJoinsItsOriginal()
    {
        var threads = StoryThreads.Build(WithUnrelatedStory());
        var main = Assert.Single(threads, t => t.Dots.Any(d => d.ArticleId == 1));
        Assert.Equal([4L, 2L, 1L], main.Dots.Select(d => d.ArticleId).ToArray()); // newest first
        Assert.Equal([3L], main.Dots.Single(d => d.ArticleId == 1).Copies.ToArray());
        Assert.DoesNotContain(threads, t => t.Dots.Any(d => d.ArticleId == 3));
        var first = main.Dots[^1];
        Assert.Contains("Spy Agency", first.NewActors);
        Assert.Contains("Spy Agency sponsors Movement Armed Wing", first.NewTies);
        var second = main.Dots[^2];
        Assert.DoesNotContain("Spy Agency", second.NewActors); // already in the thread
        Assert.Contains("Gang Network arms Movement Armed Wing", second.NewTies);
    }

    [Fact]
    public void AnUnrelatedStoryIsItsOwnThreadAndThreadsAreNewestFirst()
    {
        var threads = StoryThreads.Build(WithUnrelatedStory());
        Assert.Equal(2, threads.Length);
        var other = Assert.Single(threads, t => t.Dots.Any(d => d.ArticleId == 5));
        Assert.Single(other.Dots);
        Assert.Equal(1, threads[0].Index);
        Assert.True(threads[0].Last >= threads[1].Last);
    }

    private static KnowledgeSnapshot WithUnrelatedStory()
    {
        var s = SampleSnapshot.Create();
        const string quote = "The river authority helps the farmers union.";
        return s with
        {
            Entities = s.Entities.AddRange(new StoredEntity(20, "River Authority", EntityType.Organization, ["River Authority"], null),
                new StoredEntity(21, "Farmers Union", EntityType.PoliticalGroup, ["Farmers Union"], null)),
            Articles = s.Articles.Add(new StoredArticle(5, new ArticleMetadata(Title: "Floods in the valley", Published: PartialDate.Parse("2025-09-02"), Outlet: "Outlet D"),
                "sha5", null, DateTimeOffset.UnixEpoch, 2, 1, 0)),
            Claims = s.Claims.Add(new StoredClaim(30, 5, 20, RelationType.AlliedWith, 21, Polarity.Asserted, null, null, null, null, 0.7,
                new Evidence(new TextSpan(0, quote.Length), quote), null)),
        };
    }
}
