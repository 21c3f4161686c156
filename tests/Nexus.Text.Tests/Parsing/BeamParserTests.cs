using Nexus.Text.IO;
using Nexus.Text.Learning;
using Nexus.Text.Parsing;
using Nexus.Text.Tests.Analysis;

namespace Nexus.Text.Tests.Parsing;

public class BeamParserTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private List<ConlluSentence> Train(int count) => ConlluReader.ReadFile(models.Data("ud-english-ewt", "en_ewt-ud-train.conllu")).Take(count).ToList();

    private List<ConlluSentence> Dev(int count) => ConlluReader.ReadFile(models.Data("ud-english-ewt", "en_ewt-ud-dev.conllu")).Take(count).ToList();

    [Fact]
    public void ABeamOfOneParsesExactlyAsTheGreedyParser()
    {
        var tagger = models.Analyzer.Tagger;
        var parser = new ParserTrainer { Epochs = 2, ActionRowBits = 16, LabelRowBits = 14 }.Train(Train(500), Dev(50), tagger);
        var beam = new ParseBeam();
        var state = new ParseState();
        var sentences = 0;
        foreach (var s in Dev(300))
        {
            var (words, tags) = ParserInput.Of(s, tagger);
            int[] greedyHeads = new int[s.Length], greedyLabels = new int[s.Length], beamHeads = new int[s.Length], beamLabels = new int[s.Length];
            parser.Parse(words, tags, state, greedyHeads, greedyLabels);
            beam.Search(parser, words, tags, parser.UsesClusters, 1, float.PositiveInfinity);
            parser.Finish(beam.Best, tags, beamHeads, beamLabels);
            Assert.Equal(greedyHeads, beamHeads);
            Assert.Equal(greedyLabels, beamLabels);
            sentences++;
        }
        Assert.Equal(300, sentences);
    }

    [Fact]
    public void BeamParsesAreTreesAndTheWidthSurvivesSaving()
    {
        var tagger = models.Analyzer.Tagger;
        var parser = new BeamParserTrainer { Beam = 4, Epochs = 1, ActionRowBits = 16, LabelRowBits = 14 }.Train(Train(400), Dev(50), tagger);
        Assert.Equal(4, parser.BeamWidth);
        using var stream = new MemoryStream();
        parser.Save(stream);
        stream.Position = 0;
        var loaded = DependencyParser.Load(stream);
        Assert.Equal(4, loaded.BeamWidth);
        Assert.Equal(float.PositiveInfinity, loaded.BeamMargin);
        var state = new ParseState();
        foreach (var s in Dev(300))
        {
            var (words, tags) = ParserInput.Of(s, tagger);
            int[] heads = new int[s.Length], labels = new int[s.Length];
            loaded.Parse(words, tags, state, heads, labels);
            Assert.Single(heads, h => h == -1);
            for (var i = 0; i < s.Length; i++)
            {
                Assert.InRange(heads[i], -1, s.Length - 1);
                var (at, hops) = (i, 0);
                while (heads[at] >= 0 && hops++ <= s.Length) at = heads[at];
                Assert.True(hops <= s.Length, $"word {i} of '{string.Join(' ', s.Forms)}' is on a cycle");
            }
        }
    }

    [Fact]
    public void TheShippedGreedyModelLoadsAsGreedy()
    {
        Assert.Equal(1, models.Analyzer.Parser.BeamWidth);
        Assert.Equal(4, models.Analyzer.Parser.WithBeam(4, 2f).BeamWidth);
    }

    [Fact]
    public void TheMaxViolationUpdateMovesTheWeightsTowardTheGoldSequence()
    {
        // "he ran away": he <- ran -> away, ran is the root.
        WordFeatures[] words = [ParserInput.Root, WordFeatures.Of("he"), WordFeatures.Of("ran"), WordFeatures.Of("away")];
        int[] tags = [9, 1, 2, 3], heads = [-1, 2, 0, 2], rels = [0, 1, 2, 3];
        var sequence = BeamParserTrainer.GoldSequence(heads);
        Assert.Equal([ParseState.Shift, ParseState.Left, ParseState.Right, ParseState.Right, ParseState.Reduce, ParseState.Reduce], sequence);
        var actions = new PerceptronTrainer(12, ParseState.ActionCount);
        var update = new GlobalUpdate(actions, new PerceptronTrainer(10, 4), new PerceptronTrainer(10, 4), clusters: false);
        var beam = new ParseBeam { Record = true };
        update.SetGold(heads, rels);
        beam.Search(update, words, tags, false, 2, float.PositiveInfinity, sequence);
        Assert.False(beam.BestIsGold); // all-zero weights: ties go to SHIFT, which is wrong at the second step
        var wrong = Backtrack(beam);
        Assert.NotEqual(sequence, wrong);
        Assert.Equal(0f, Score(actions, words, tags, sequence) - Score(actions, words, tags, wrong));

        Assert.True(update.Train(words, tags, heads, rels, sequence, 2));
        Assert.True(Score(actions, words, tags, sequence) > Score(actions, words, tags, wrong), "gold sequence not promoted over the violating one");
        for (var round = 0; round < 5 && update.Train(words, tags, heads, rels, sequence, 2); round++) { }
        beam.Search(update, words, tags, false, 2, float.PositiveInfinity, sequence);
        Assert.True(beam.BestIsGold);
        Assert.Equal([2, 0, 2], beam.Best.Head.AsSpan(1, 3).ToArray());
    }

    private static int[] Backtrack(ParseBeam beam)
    {
        var actions = new List<int>();
        for (int s = beam.Steps, slot = 0; s >= 1; s--)
        {
            var h = (s - 1) * beam.Width + slot;
            if (beam.HistAction[h] >= 0) actions.Add(beam.HistAction[h]);
            slot = beam.HistParent[h];
        }
        actions.Reverse();
        return [.. actions];
    }

    /// <summary>The summed transition score of a (valid) transition sequence under the raw weights.</summary>
    private static float Score(PerceptronTrainer actions, WordFeatures[] words, int[] tags, int[] sequence)
    {
        var state = new ParseState();
        state.Reset(words.Length - 1);
        var features = new ulong[ParserFeatures.CountOf(false)];
        var scores = new float[ParseState.ActionCount];
        var total = 0f;
        foreach (var a in sequence)
        {
            ParserFeatures.Extract(state, words, tags, features, false);
            Array.Clear(scores);
            actions.Score(features, scores);
            Assert.True(state.IsValid(a));
            total += scores[a];
            state.Apply(a, 0);
        }
        return total;
    }
}
