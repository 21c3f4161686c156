namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// Trains <see cref="NerModel"/> as an averaged perceptron over gold-history greedy decoding, shuffling with a
/// fixed seed each epoch; keeps the epoch with the best F1 on the development set. Weights below
/// <see cref="PruneBelow"/> in every label are dropped so that the shipped file stays small.
/// </summary>
public sealed class NerTrainer
{
    public int Epochs { get; init; } = 8;

    public int Seed { get; init; } = 1;

    public float PruneBelow { get; init; } = 0.2f;

    public Action<string>? Log { get; init; }

    /// <summary>The gazetteer for lexicon features; it is saved inside the model.</summary>
    public NerLexicon Lexicon { get; init; } = NerLexicon.Empty;

    public NerModel Train(IReadOnlyList<(NerSentence Sentence, string[] Labels)> train, IReadOnlyList<(NerSentence Sentence, string[] Labels)> dev)
    {
        var labels = NerModel.DefaultLabels;
        var labelId = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var l = labels.Length;
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        var totals = new List<double>();
        var stamps = new List<int>();
        var step = 1;
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(Seed);
        NerModel? best = null;
        var bestF1 = -1.0;
        var features = new ulong[NerFeatures.MaxFeatures];
        var scores = new float[l];
        var lexiconTags = train.Select(t => Lexicon.Tag(t.Sentence)).ToArray();
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            var current = new NerModel(labels, rows, [], Lexicon);
            foreach (var index in order)
            {
                var (sentence, gold) = train[index];
                var casing = NerFeatures.Casing(sentence);
                int prev = -1, prev2 = -1;
                for (var i = 0; i < sentence.Count; i++)
                {
                    var n = NerFeatures.Extract(sentence, lexiconTags[index], i, prev, prev2, casing, features);
                    scores.AsSpan().Clear();
                    for (var f = 0; f < n; f++)
                        if (rows.TryGetValue(features[f], out var row))
                            for (var k = 0; k < l; k++) scores[k] += weights[row * l + k];
                    var guess = current.Best(scores, prev);
                    var truth = gold[i] == NerCorpus.Unknown ? guess : labelId.GetValueOrDefault(gold[i]);
                    if (guess != truth)
                        for (var f = 0; f < n; f++)
                        {
                            if (!rows.TryGetValue(features[f], out var row))
                            {
                                row = rows.Count;
                                rows[features[f]] = row;
                                for (var k = 0; k < l; k++) { weights.Add(0); totals.Add(0); stamps.Add(step); }
                            }
                            Update(row * l + truth, 1);
                            Update(row * l + guess, -1);
                        }
                    step++;
                    prev2 = prev;
                    prev = truth;
                }
            }
            var averaged = Average(labels, rows, weights, totals, stamps, step);
            var f1 = NerEvaluator.Evaluate(averaged.WithBeam(NerModel.DefaultBeam), dev).Overall.F1;
            Log?.Invoke($"epoch {epoch}: {rows.Count} features, dev F1 {f1 * 100:F2}");
            if (f1 > bestF1) { bestF1 = f1; best = averaged; }
        }
        return Prune(best!);

        void Update(int index, float delta)
        {
            totals[index] += (step - stamps[index]) * (double)weights[index];
            stamps[index] = step;
            weights[index] += delta;
        }
    }

    private NerModel Average(string[] labels, Dictionary<ulong, int> rows, List<float> weights, List<double> totals, List<int> stamps, int step)
    {
        var averaged = new float[weights.Count];
        for (var i = 0; i < weights.Count; i++)
            averaged[i] = (float)((totals[i] + (step - stamps[i]) * (double)weights[i]) / step);
        // The scale of the shipped weights (largest 100), which the beam's softmax expects.
        var scale = 100f / Math.Max(1e-6f, averaged.Max(MathF.Abs));
        for (var i = 0; i < averaged.Length; i++) averaged[i] *= scale;
        return new NerModel(labels, new Dictionary<ulong, int>(rows), averaged, Lexicon);
    }

    private NerModel Prune(NerModel model)
    {
        var l = model.Labels.Length;
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        // Averaged weights are tiny in absolute terms; scale so Half precision keeps them.
        var scale = 1f / Math.Max(1e-6f, model.Weights.Max(MathF.Abs));
        foreach (var (feature, row) in model.Rows)
        {
            var span = model.Weights.AsSpan(row * l, l);
            var max = 0f;
            foreach (var w in span) max = Math.Max(max, MathF.Abs(w * scale));
            if (max * 100 < PruneBelow) continue;
            rows[feature] = rows.Count;
            foreach (var w in span) kept.Add(w * scale * 100);
        }
        return new NerModel(model.Labels, rows, [.. kept], Lexicon);
    }
}
