using Nexus.Text.IO;
using Nexus.Text.Learning;
using Nexus.Text.Tagging;

namespace Nexus.Text.Parsing;

/// <summary>
/// Trains the parser with the dynamic oracle: after the first epoch it follows its own (possibly wrong)
/// transitions and learns the best move from there. Tags come from the tagger, as at run time.
/// </summary>
public sealed class ParserTrainer
{
    public int Epochs { get; init; } = 15;

    public int Seed { get; init; } = 1;

    public int ActionRowBits { get; init; } = 21;

    public int LabelRowBits { get; init; } = 18;

    /// <summary>How often, after the first epoch, training follows its own prediction rather than the oracle.</summary>
    public double Exploration { get; init; } = 0.9;

    public Action<string>? Log { get; init; }

    /// <summary>
    /// Trains on <paramref name="train"/>. <paramref name="trainTags"/>, when given, are the tag classes to learn from
    /// (jackknifed: each fold tagged by a tagger that did not see it), so training sees tagging errors as at run time.
    /// </summary>
    public DependencyParser Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, PosTagger tagger, IReadOnlyList<int[]>? trainTags = null)
    {
        var labels = train.SelectMany(s => s.Relations).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelOf = labels.Select((l, i) => (l, i)).ToDictionary(e => e.l, e => e.i);
        var tagClasses = TagClassesOf(tagger);
        var data = train.Select((s, k) => trainTags is null ? ParserInput.Of(s, tagger) : ParserInput.Of(s, trainTags[k], tagger)).ToArray();
        var gold = train.Select(s => GoldPositions(s, labelOf)).ToArray();

        var actions = new PerceptronTrainer(ActionRowBits, ParseState.ActionCount);
        var left = new PerceptronTrainer(LabelRowBits, labels.Length);
        var right = new PerceptronTrainer(LabelRowBits, labels.Length);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var state = new ParseState();
        var clusters = tagger.Clusters is not null;
        var features = new ulong[ParserFeatures.CountOf(clusters)];
        var scores = new float[ParseState.ActionCount];
        var labelScores = new float[labels.Length];
        var costs = new int[ParseState.ActionCount];
        DependencyParser? best = null;
        var bestLas = -1.0;
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (words, tags) = data[index];
                var (heads, rels) = gold[index];
                state.Reset(words.Length - 1);
                while (!state.BufferEmpty)
                {
                    ParserFeatures.Extract(state, words, tags, features, clusters);
                    Array.Clear(scores);
                    actions.Score(features, scores);
                    var guess = DependencyParser.BestValid(state, scores);
                    var minCost = int.MaxValue;
                    for (var a = 0; a < ParseState.ActionCount; a++)
                    {
                        costs[a] = state.IsValid(a) ? ArcEagerOracle.Cost(state, heads, a) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[a]);
                    }
                    var truth = -1;
                    for (var a = 0; a < ParseState.ActionCount; a++)
                        if (costs[a] == minCost && (truth < 0 || scores[a] > scores[truth])) truth = a;
                    if (costs[guess] > minCost) actions.Update(features, truth, guess);

                    var follow = epoch > 1 && random.NextDouble() < Exploration ? guess : truth;
                    var label = 0;
                    if (follow is ParseState.Left or ParseState.Right)
                    {
                        var (h, d) = follow == ParseState.Left ? (state.BufferFront, state.S0) : (state.S0, state.BufferFront);
                        var model = follow == ParseState.Left ? left : right;
                        Array.Clear(labelScores);
                        model.Score(features, labelScores);
                        label = PosTagger.ArgMax(labelScores);
                        if (heads[d] == h)
                        {
                            model.Update(features, rels[d], label);
                            label = rels[d];
                        }
                    }
                    actions.Tick(); left.Tick(); right.Tick();
                    state.Apply(follow, label);
                }
            }
            var parser = new DependencyParser(actions.ToSparse(), left.ToSparse(), right.ToSparse(), labels, tagClasses, clusters);
            var (uas, las) = Evaluate(parser, tagger, dev);
            Log?.Invoke($"epoch {epoch}: dev UAS {uas:F2} LAS {las:F2}  weights {parser.WeightCount}");
            if (las > bestLas) { bestLas = las; best = parser; }
        }
        return best!;
    }

    public static string[] TagClassesOf(PosTagger tagger) => [.. tagger.Upos.Select((u, i) => u + "|" + tagger.Xpos[i])];

    internal static (int[] Heads, int[] Labels) GoldPositions(ConlluSentence s, Dictionary<string, int> labelOf)
    {
        var heads = new int[s.Length + 1];
        var labels = new int[s.Length + 1];
        heads[0] = -1;
        for (var i = 0; i < s.Length; i++)
        {
            heads[i + 1] = s.Heads[i] + 1;
            labels[i + 1] = labelOf[s.Relations[i]];
        }
        return (heads, labels);
    }

    public static (double Uas, double Las) Evaluate(DependencyParser parser, PosTagger tagger, IReadOnlyList<ConlluSentence> gold)
    {
        long uas = 0, las = 0, total = 0;
        var state = new ParseState();
        foreach (var s in gold)
        {
            var (words, tags) = ParserInput.Of(s, tagger);
            var heads = new int[s.Length];
            var labels = new int[s.Length];
            parser.Parse(words, tags, state, heads, labels);
            for (var i = 0; i < s.Length; i++)
            {
                total++;
                if (heads[i] != s.Heads[i]) continue;
                uas++;
                if (parser.Labels[labels[i]] == s.Relations[i]) las++;
            }
        }
        return (100.0 * uas / total, 100.0 * las / total);
    }
}
