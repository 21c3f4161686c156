using Nexus.Text.IO;
using Nexus.Text.Learning;
using Nexus.Text.Tagging;

namespace Nexus.Text.Parsing;

/// <summary>
/// Trains the parser as a global structured perceptron over a beam (Zhang and Clark 2008; Zhang and Nivre 2011)
/// with the max-violation update of Huang, Fayong and Guo (2012): each sentence is searched with the beam to the
/// end, and where the best configuration beats the gold prefix of the same length by the most, the gold
/// prefix's features are promoted and that configuration's demoted. The gold sequence is the dynamic oracle's
/// cheapest (arc before reduce before shift), so non-projective sentences train too. Relations are learnt
/// locally on the gold sequence's correct arcs. Averaged weights; deterministic for a seed.
/// </summary>
public sealed class BeamParserTrainer
{
    public int Beam { get; init; } = 8;

    /// <summary>The decoding margin kept in the model (and used to pick the epoch on dev); training always searches the full beam.</summary>
    public float Margin { get; init; } = float.PositiveInfinity;

    public int Epochs { get; init; } = 15;

    public int Seed { get; init; } = 1;

    public int ActionRowBits { get; init; } = 21;

    public int LabelRowBits { get; init; } = 18;

    public Action<string>? Log { get; init; }

    /// <summary>Trains on <paramref name="train"/> (tags from the tagger, or <paramref name="trainTags"/>); the epoch with the best dev LAS wins.</summary>
    public DependencyParser Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, PosTagger tagger, IReadOnlyList<int[]>? trainTags = null)
    {
        var labels = train.SelectMany(s => s.Relations).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelOf = labels.Select((l, i) => (l, i)).ToDictionary(e => e.l, e => e.i);
        var tagClasses = ParserTrainer.TagClassesOf(tagger);
        var data = train.Select((s, k) => trainTags is null ? ParserInput.Of(s, tagger) : ParserInput.Of(s, trainTags[k], tagger)).ToArray();
        var gold = train.Select(s => ParserTrainer.GoldPositions(s, labelOf)).ToArray();
        var sequences = gold.Select(g => GoldSequence(g.Heads)).ToArray();
        var clusters = tagger.Clusters is not null;
        var step = new GlobalUpdate(
            new PerceptronTrainer(ActionRowBits, ParseState.ActionCount),
            new PerceptronTrainer(LabelRowBits, labels.Length),
            new PerceptronTrainer(LabelRowBits, labels.Length),
            clusters);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        DependencyParser? best = null;
        var bestLas = -1.0;
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            var updates = 0;
            foreach (var index in order)
                if (step.Train(data[index].Words, data[index].Tags, gold[index].Heads, gold[index].Labels, sequences[index], Beam)) updates++;
            var parser = step.ToParser(labels, tagClasses).WithBeam(Beam, Margin);
            var (uas, las) = ParserTrainer.Evaluate(parser, tagger, dev);
            Log?.Invoke($"epoch {epoch}: dev UAS {uas:F2} LAS {las:F2}  updates {updates}  weights {parser.WeightCount}");
            if (las > bestLas) { bestLas = las; best = parser; }
        }
        return best!;
    }

    /// <summary>
    /// The gold transition sequence for position-indexed gold heads: at each step the valid transition that loses
    /// the fewest gold arcs, preferring left-arc, right-arc, reduce, shift in that order.
    /// </summary>
    public static int[] GoldSequence(int[] heads)
    {
        var state = new ParseState();
        state.Reset(heads.Length - 1);
        var sequence = new List<int>(2 * heads.Length);
        ReadOnlySpan<int> preference = [ParseState.Left, ParseState.Right, ParseState.Reduce, ParseState.Shift];
        while (!ParseBeam.Done(state))
        {
            int best = -1, bestCost = int.MaxValue;
            foreach (var a in preference)
            {
                if (!state.IsValid(a)) continue;
                var cost = ArcEagerOracle.Cost(state, heads, a);
                if (cost < bestCost) (best, bestCost) = (a, cost);
            }
            sequence.Add(best);
            state.Apply(best, 0);
        }
        return [.. sequence];
    }
}
