using Nexus.Text.Parsing;

namespace Nexus.Text.Tests.Parsing;

public class ArcEagerOracleTests
{
    /// <summary>Following zero-cost transitions from the start must rebuild a projective gold tree exactly.</summary>
    [Theory]
    [InlineData(new[] { 2, 0, 2 })]                 // he ran away: 1<-2->3, 2 is the root
    [InlineData(new[] { 2, 4, 4, 0, 6, 4, 4 })]     // a longer projective tree
    [InlineData(new[] { 0, 1, 2, 3, 4 })]           // a right-branching chain
    public void ZeroCostPathRebuildsGoldTree(int[] goldHeadsOfWords)
    {
        var n = goldHeadsOfWords.Length;
        var gold = new int[n + 1];
        gold[0] = -1;
        for (var i = 0; i < n; i++) gold[i + 1] = goldHeadsOfWords[i];
        var state = new ParseState();
        state.Reset(n);
        while (!state.BufferEmpty)
        {
            var action = Enumerable.Range(0, ParseState.ActionCount).First(a => state.IsValid(a) && ArcEagerOracle.Cost(state, gold, a) == 0);
            state.Apply(action, 0);
        }
        for (var p = 1; p <= n; p++) Assert.Equal(gold[p], state.Head[p]);
    }

    [Fact]
    public void CostsCountOnlyArcsStillReachable()
    {
        // Words 1 and 2; gold: 1 is the root and heads 2. Shifting 1 loses root->1 at once.
        var gold = new[] { -1, 0, 1 };
        var state = new ParseState();
        state.Reset(2);
        Assert.Equal(1, ArcEagerOracle.Cost(state, gold, ParseState.Shift));
        Assert.Equal(0, ArcEagerOracle.Cost(state, gold, ParseState.Right));
        state.Apply(ParseState.Shift, 0);
        // Now LEFT (2 heads 1) loses 1->2 as well; root->1 is already gone and is not counted again.
        Assert.Equal(1, ArcEagerOracle.Cost(state, gold, ParseState.Left));
        Assert.Equal(0, ArcEagerOracle.Cost(state, gold, ParseState.Right));
    }
}
