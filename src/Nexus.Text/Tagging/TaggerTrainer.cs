using Nexus.Text.IO;
using Nexus.Text.Learning;

namespace Nexus.Text.Tagging;

/// <summary>
/// Trains the tagger on a CoNLL-U treebank: seeded shuffles, the epoch kept is the best on the dev set.
/// With <see cref="SecondPassFolds"/> it also trains the second pass, which reads the first pass's tags of
/// the words to the right: on the training set those tags are jackknifed (each fold tagged by a first pass
/// trained without it, with its own tag dictionary), so the second pass learns how far to trust them.
/// </summary>
public sealed class TaggerTrainer
{
    public int Epochs { get; init; } = 12;

    public int RowBits { get; init; } = 19;

    public int Seed { get; init; } = 1;

    /// <summary>Folds for the second pass's jackknifed first-pass tags; 0 trains a one-pass tagger.</summary>
    public int SecondPassFolds { get; init; }

    /// <summary>Epochs of each fold's first pass (the epoch kept is still chosen on dev).</summary>
    public int FoldEpochs { get; init; } = 8;

    /// <summary>Word clusters from unlabelled text for the cluster features (none: those features stay constant).</summary>
    public WordClusters? Clusters { get; init; }

    public Action<string>? Log { get; init; }

    public PosTagger Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev)
    {
        var classOf = new Dictionary<(string, string), int>();
        var upos = new List<string>();
        var xpos = new List<string>();
        foreach (var s in train)
            for (var i = 0; i < s.Length; i++)
                if (classOf.TryAdd((s.Upos[i], s.Xpos[i]), upos.Count)) { upos.Add(s.Upos[i]); xpos.Add(s.Xpos[i]); }

        var words = train.Select(WordsOf).ToArray();
        if (Clusters is not null) foreach (var sentenceWords in words) Clusters.Annotate(sentenceWords);
        var gold = train.Select(s => Enumerable.Range(0, s.Length).Select(i => classOf[(s.Upos[i], s.Xpos[i])]).ToArray()).ToArray();
        var lemmatizer = Lemmatizer.Learn(train.SelectMany(s => Enumerable.Range(0, s.Length).Select(i => (s.Forms[i], s.Upos[i], s.Xpos[i], s.Lemmas[i]))));
        string[] uposArray = [.. upos], xposArray = [.. xpos];
        PosTagger Build(TagDictionary d, SparseLinearModel m, SparseLinearModel? second = null, float margin = float.PositiveInfinity) =>
            new(m, uposArray, xposArray, d, lemmatizer, second, margin, Clusters);

        var all = Enumerable.Range(0, train.Count).ToArray();
        var dictionary = LearnDictionary(words, gold, all);
        var first = TrainPass(uposArray.Length, words, gold, all, null, Epochs, m => Build(dictionary, m), dev, "pass 1");
        if (SecondPassFolds < 2) return Build(dictionary, first);

        var ahead = new int[train.Count][];
        for (var fold = 0; fold < SecondPassFolds; fold++)
        {
            var rest = all.Where(k => k % SecondPassFolds != fold).ToArray();
            var foldDictionary = LearnDictionary(words, gold, rest);
            var foldModel = TrainPass(uposArray.Length, words, gold, rest, null, FoldEpochs, m => Build(foldDictionary, m), dev, $"fold {fold + 1}/{SecondPassFolds}");
            var foldTagger = Build(foldDictionary, foldModel);
            for (var k = fold; k < train.Count; k += SecondPassFolds)
            {
                ahead[k] = new int[words[k].Length];
                foldTagger.Tag(words[k], ahead[k]);
            }
        }
        foreach (var sentenceWords in words) dictionary.Annotate(sentenceWords);
        var second = TrainPass(uposArray.Length, words, gold, all, ahead, Epochs, m => Build(dictionary, first, m), dev, "pass 2");
        return Build(dictionary, first, second, ChooseMargin(m => Build(dictionary, first, second, m), dev));
    }

    /// <summary>
    /// The smallest first-pass margin (fewest words tagged twice) whose dev accuracy is within
    /// <see cref="MarginTolerance"/> points (UPOS + XPOS) of revisiting every word.
    /// </summary>
    private float ChooseMargin(Func<float, PosTagger> build, IReadOnlyList<ConlluSentence> dev)
    {
        var all = Evaluate(build(float.PositiveInfinity), dev);
        foreach (var margin in Margins)
        {
            var accuracy = Evaluate(build(margin), dev);
            Log?.Invoke($"second pass below margin {margin}: dev UPOS {accuracy.Upos:F2} XPOS {accuracy.Xpos:F2}");
            if (accuracy.Upos + accuracy.Xpos >= all.Upos + all.Xpos - MarginTolerance) return margin;
        }
        return float.PositiveInfinity;
    }

    private static readonly float[] Margins = [1, 2, 4, 8, 16, 32, 64, 128];

    /// <summary>Accuracy (UPOS + XPOS points on dev) given up to tag fewer words twice.</summary>
    public double MarginTolerance { get; init; } = 0.02;

    /// <summary>The tag dictionary of the sentences <paramref name="use"/>, written into every sentence's words.</summary>
    private static TagDictionary LearnDictionary(WordFeatures[][] words, int[][] gold, int[] use)
    {
        var dictionary = TagDictionary.Learn(use.SelectMany(k => words[k].Select((w, i) => (w.Lower, gold[k][i]))));
        foreach (var sentenceWords in words) dictionary.Annotate(sentenceWords);
        return dictionary;
    }

    /// <summary>Trains one pass on the sentences <paramref name="use"/> (second pass when <paramref name="ahead"/> is given); returns the best epoch on dev.</summary>
    private SparseLinearModel TrainPass(int classCount, WordFeatures[][] words, int[][] gold, int[] use, int[][]? ahead, int epochs,
        Func<SparseLinearModel, PosTagger> build, IReadOnlyList<ConlluSentence> dev, string name)
    {
        var perceptron = new PerceptronTrainer(RowBits, classCount);
        var order = (int[])use.Clone();
        var random = new Random(Seed);
        var clusters = Clusters is not null;
        var features = new ulong[ahead is null ? TaggerFeatures.CountOf(clusters) : TaggerFeatures.SecondCountOf(clusters)];
        var scores = new float[classCount];
        SparseLinearModel? best = null;
        var bestAccuracy = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var index in order)
            {
                var sentenceWords = words[index];
                var tags = new int[sentenceWords.Length];
                for (var i = 0; i < sentenceWords.Length; i++)
                {
                    if (ahead is null) TaggerFeatures.Extract(sentenceWords, tags, i, features, clusters);
                    else TaggerFeatures.ExtractSecond(sentenceWords, tags, ahead[index], i, features, clusters);
                    Array.Clear(scores);
                    perceptron.Score(features, scores);
                    var guess = PosTagger.ArgMax(scores);
                    var truth = gold[index][i];
                    perceptron.Update(features, truth, guess);
                    perceptron.Tick();
                    tags[i] = epoch == 1 ? truth : guess; // after the first epoch, learn from its own history as at run time
                    if (guess == truth) correct++;
                    total++;
                }
            }
            var model = perceptron.ToSparse();
            var accuracy = Evaluate(build(model), dev);
            Log?.Invoke($"{name} epoch {epoch}: train {100.0 * correct / total:F2}  dev UPOS {accuracy.Upos:F2} XPOS {accuracy.Xpos:F2}  weights {model.WeightCount}");
            if (accuracy.Upos + accuracy.Xpos > bestAccuracy) { bestAccuracy = accuracy.Upos + accuracy.Xpos; best = model; }
        }
        return best!;
    }

    public static WordFeatures[] WordsOf(ConlluSentence s) => [.. s.Forms.Select(f => WordFeatures.Of(f))];

    public static (double Upos, double Xpos) Evaluate(PosTagger tagger, IReadOnlyList<ConlluSentence> gold)
    {
        long upos = 0, xpos = 0, total = 0;
        foreach (var s in gold)
        {
            var classes = new int[s.Length];
            tagger.Tag(WordsOf(s), classes);
            for (var i = 0; i < s.Length; i++)
            {
                if (tagger.Upos[classes[i]] == s.Upos[i]) upos++;
                if (tagger.Xpos[classes[i]] == s.Xpos[i]) xpos++;
                total++;
            }
        }
        return (100.0 * upos / total, 100.0 * xpos / total);
    }
}
