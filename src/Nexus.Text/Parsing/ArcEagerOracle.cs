namespace Nexus.Text.Parsing;

/// <summary>
/// The dynamic oracle of Goldberg and Nivre (2012) for arc-eager: the number of gold arcs a transition
/// makes unreachable from the current configuration. Lets training explore its own mistakes.
/// </summary>
internal static class ArcEagerOracle
{
    /// <summary>Cost of <paramref name="action"/>; <paramref name="gold"/> holds the gold head position per position.</summary>
    public static int Cost(ParseState s, ReadOnlySpan<int> gold, int action)
    {
        var b = s.BufferFront;
        var s0 = s.S0;
        switch (action)
        {
            case ParseState.Shift:
                return (Reachable(s, gold[b]) && s.InStack[gold[b]] ? 1 : 0) + HeadlessStackDependents(s, gold, b);
            case ParseState.Right:
            {
                var cost = gold[b] != s0 && Reachable(s, gold[b]) && (s.InStack[gold[b]] || gold[b] > b) ? 1 : 0;
                cost += HeadlessStackDependents(s, gold, b);
                if (s0 == 0)
                    for (var k = b + 1; k <= s.N; k++) if (gold[k] == 0) cost++;
                return cost;
            }
            case ParseState.Left:
            {
                var cost = gold[s0] > b ? 1 : 0;
                for (var k = b; k <= s.N; k++) if (gold[k] == s0) cost++;
                return cost;
            }
            default:
            {
                var cost = 0;
                for (var k = b; k <= s.N; k++) if (gold[k] == s0) cost++;
                return cost;
            }
        }
    }

    private static bool Reachable(ParseState s, int head) => head != 0 || !s.RootHasDependent;

    private static int HeadlessStackDependents(ParseState s, ReadOnlySpan<int> gold, int b)
    {
        var cost = 0;
        for (var i = 0; i < s.StackSize; i++)
        {
            var k = s.Stack[i];
            if (k != 0 && s.Head[k] < 0 && gold[k] == b) cost++;
        }
        return cost;
    }
}
