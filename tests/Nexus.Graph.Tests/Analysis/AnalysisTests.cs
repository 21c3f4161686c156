using Nexus.Graph.Analysis;
using Nexus.Graph.Model;

namespace Nexus.Graph.Tests.Analysis;

public sealed class AnalysisTests
{
    private static readonly KnowledgeGraph Graph = KnowledgeGraph.Build(SampleSnapshot.Create());

    [Fact]
    public void CentralityFindsTheSponsorHubAndTheHubOfTies()
    {
        var result = CentralityAnalysis.Run(Graph);
        Assert.Equal("Spy Agency", result.Rows.MaxBy(r => r.Supports)!.Name);
        Assert.Equal("Movement Armed Wing", result.Rows[0].Name); // most ties, so highest PageRank
        Assert.False(result.BetweennessSampled);
        Assert.Equal(Graph.NodeIds.Length, result.Rows.Length);
    }

    [Fact]
    public void SampledBetweennessReportsItsBound()
    {
        var result = CentralityAnalysis.Run(Graph, sampleAbove: 2, pivots: 3);
        Assert.True(result.BetweennessSampled);
        Assert.Equal(3, result.Pivots);
        Assert.True(result.BetweennessErrorBound > 0.5);
    }

    [Fact]
    public void RiftsShowTheAllianceTurnedRivalryWithEvidenceOnBothSides()
    {
        var rifts = RiftAnalysis.Run(Graph);
        var change = Assert.Single(rifts.SignChanges, c => new[] { c.A, c.B }.Order().SequenceEqual(new[] { "Gang Network", "Movement Armed Wing" }));
        Assert.Equal(("positive", "negative"), (change.From, change.To));
        Assert.Contains(change.EarlierEvidence, e => e.Relation == "allied_with");
        Assert.Contains(change.LaterEvidence, e => e.Relation == "rival_of" && e.Quote.Contains("rivalry"));
        Assert.Contains(rifts.MixedTies, t => t.NameA == "Movement Armed Wing" && t.NameB == "Gang Network");
        // the wing is allied with the other front, which fights the wing's supplier
        Assert.Contains(rifts.UnbalancedTriads, t => new[] { t.A, t.B, t.C }.Contains("Other Front"));
    }

    [Fact]
    public void RemovingTheSupplierCutsTheWingsOnlySourceOfArmsAndFunds()
    {
        var result = WhatIfAnalysis.Run(Graph, [SampleSnapshot.WingB]);
        var lost = result.LostOnlySource.Where(l => l.Name == "Movement Armed Wing").Select(l => l.Relation).Order().ToArray();
        Assert.Equal(["arms", "funds"], lost);
        Assert.DoesNotContain(result.LostOnlySource, l => l.Relation == "sponsors"); // the agency still sponsors it
        Assert.Equal(1, result.ComponentsBefore);
        Assert.Equal("Movement Armed Wing", result.KeyPlayers[0].Name); // its removal strands the city
    }

    [Fact]
    public void ChangesBetweenTwoDates()
    {
        var changes = ChangesAnalysis.Run(SampleSnapshot.Create(), new GraphOptions(), new DateOnly(2025, 2, 1), new DateOnly(2025, 12, 31));
        Assert.Contains(changes, c => c is { Kind: "new", Relation: "arms", Source: "Gang Network" });
        Assert.Contains(changes, c => c is { Kind: "weakened", Relation: "sponsors", Target: "Movement Armed Wing", StatusAfter: "contested" });
        Assert.Contains(changes, c => c is { Kind: "vanished", Relation: "funds" });
    }

    [Fact]
    public void CommunitiesAndBrokersCoverTheGraph()
    {
        var communities = CommunityAnalysis.Run(Graph);
        Assert.Equal(Graph.NodeIds.Length, communities.Communities.Sum(c => c.Members.Length));
        var brokers = BrokerAnalysis.Run(Graph);
        Assert.Equal("Movement Armed Wing", brokers.OrderByDescending(b => b.Betweenness).First().Name);
    }

    [Fact]
    public void SensitivityComparesTopResultsWithoutWeakEdges()
    {
        var variants = SensitivityAnalysis.Run(SampleSnapshot.Create(), new GraphOptions(), g => CentralityAnalysis.Run(g).Rows.Select(r => r.Name), top: 3);
        Assert.Equal(4, variants.Length);
        Assert.Equal(1.0, variants[0].OverlapWithBaseline);
        Assert.True(variants[1].Edges < variants[0].Edges);
        Assert.Empty(variants[3].Top);
    }
}
