using Nexus.Core.Claims;
using Nexus.Graph.Model;

namespace Nexus.Graph.Tests.Model;

public sealed class EdgeAggregationTests
{
    private static readonly KnowledgeGraph Graph = KnowledgeGraph.Build(SampleSnapshot.Create());

    private static AggregatedEdge Edge(long s, RelationType t, long d) => Graph.Edges.Single(e => e.Key == EdgeKey.Of(s, t, d));

    [Fact]
    public void SyndicatedCopyCountsOnceAndDenialContests()
    {
        var e = Edge(SampleSnapshot.Agency, RelationType.Sponsors, SampleSnapshot.WingA);
        Assert.Equal(["Outlet A", "Outlet B"], e.Outlets.ToArray());
        Assert.Equal([1L, 2L, 3L], e.SupportingClaimIds.ToArray());
        Assert.Equal([7L], e.DenyingClaimIds.ToArray());
        Assert.Equal(["Stateland"], e.Deniers.ToArray());
        Assert.Equal(EdgeStatus.Contested, e.Status);
        Assert.Equal((2, 1, 1), (e.Asserted, e.Hedged, e.Denied));
        Assert.Equal(new DateOnly(2025, 1, 10), e.FirstSeen);
        Assert.Equal(new DateOnly(2025, 6, 1), e.LastSeen);
        // support 1 − (1 − 0.9)(1 − 0.8·0.6) = 0.948; denial 0.7 halves at most: × (1 − 0.35)
        Assert.Equal(0.948 * 0.65, e.Confidence, 12);
        Assert.Contains("officials", e.Speakers);
    }

    [Fact]
    public void SymmetricTypesMeetInOneUndirectedEdge()
    {
        var allied = Graph.Edges.Where(e => e.Type == RelationType.AlliedWith && e.SupportingClaimIds.Contains(8)).ToList();
        Assert.Single(allied);
        Assert.Equal(EdgeKey.Of(SampleSnapshot.WingA, RelationType.AlliedWith, SampleSnapshot.WingB), allied[0].Key);
        Assert.Equal(PartialDateOf("2024"), allied[0].ValidFrom);
    }

    [Fact]
    public void RejectedClaimsLeaveTheGraphAndEveryEdgeHasEvidence()
    {
        Assert.DoesNotContain(Graph.Edges, e => e.SupportingClaimIds.Contains(10));
        Assert.All(Graph.Edges, e =>
        {
            Assert.NotEmpty(e.SupportingClaimIds);
            Assert.All(e.EvidenceClaimIds, id => Assert.True(Graph.ClaimsById.ContainsKey(id)));
        });
    }

    [Fact]
    public void SingleOutletEdgeIsSingleSource()
    {
        var e = Edge(SampleSnapshot.WingB, RelationType.Funds, SampleSnapshot.WingA);
        Assert.Equal(EdgeStatus.SingleSource, e.Status);
        Assert.Equal(0.8, e.Confidence, 12);
    }

    [Fact]
    public void AsOfSeesOnlyWhatWasReportedByThen()
    {
        var early = KnowledgeGraph.Build(SampleSnapshot.Create(), new GraphOptions { Window = new TimeWindow(AsOf: new DateOnly(2025, 2, 1)) });
        var e = early.Edges.Single(x => x.Key == EdgeKey.Of(SampleSnapshot.Agency, RelationType.Sponsors, SampleSnapshot.WingA));
        Assert.Equal(EdgeStatus.SingleSource, e.Status); // the copy on 2025-01-11 is still the same outlet's report
        Assert.Equal(0.9, e.Confidence, 12);
        Assert.DoesNotContain(early.Edges, x => x.Type == RelationType.Arms);
    }

    [Fact]
    public void FromToWindowKeepsOnlyReportingInside()
    {
        var mid = KnowledgeGraph.Build(SampleSnapshot.Create(), new GraphOptions { Window = new TimeWindow(From: new DateOnly(2025, 5, 1), To: new DateOnly(2025, 7, 1)) });
        Assert.All(mid.Edges, e => Assert.All(e.SupportingClaimIds, id => Assert.Equal(2, mid.ClaimsById[id].ArticleId)));
        Assert.NotEmpty(mid.Edges);
    }

    [Fact]
    public void DroppingWeakEdgesAndFilteringTypes()
    {
        var strict = KnowledgeGraph.Build(SampleSnapshot.Create(), new GraphOptions { DropSingleSource = true, DropContested = true });
        Assert.Empty(strict.Edges); // no edge in the sample is corroborated without being contested
        var support = KnowledgeGraph.Build(SampleSnapshot.Create(), new GraphOptions { Types = new HashSet<RelationType> { RelationType.Arms } });
        Assert.All(support.Edges, e => Assert.Equal(RelationType.Arms, e.Type));
        Assert.Single(support.Edges);
    }

    private static Nexus.Core.Time.PartialDate? PartialDateOf(string s) => Nexus.Core.Time.PartialDate.Parse(s);
}
