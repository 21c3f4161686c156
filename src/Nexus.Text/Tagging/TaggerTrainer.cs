using Nexus.Text.IO;
using Nexus.Text.Learning;

namespace Nexus.Text.Tagging;

/// <summary>Trains the tagger on a CoNLL-U treebank: seeded shuffles, the epoch kept is the best on the dev set.</summary>
public sealed class TaggerTrainer
{
    public int Epochs { get; init; } = 12;

    public int RowBits { get; init; } = 19;

    public int Seed { get; init; } = 1;

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
        var gold = train.Select(s => Enumerable.Range(0, s.Length).Select(i => classOf[(s.Upos[i], s.Xpos[i])]).ToArray()).ToArray();
        var lemmatizer = Lemmatizer.Learn(train.SelectMany(s => Enumerable.Range(0, s.Length).Select(i => (s.Forms[i], s.Upos[i], s.Xpos[i], s.Lemmas[i]))));

        var dictionary = TagDictionary.Learn(words.Zip(gold).SelectMany(p => p.First.Select((w, i) => (w.Lower, p.Second[i]))));
        foreach (var sentenceWords in words) dictionary.Annotate(sentenceWords);
        var perceptron = new PerceptronTrainer(RowBits, upos.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(Seed);
        var features = new ulong[TaggerFeatures.Count];
        var scores = new float[upos.Count];
        PosTagger? best = null;
        var bestAccuracy = -1.0;
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var index in order)
            {
                var sentenceWords = words[index];
                var tags = new int[sentenceWords.Length];
                for (var i = 0; i < sentenceWords.Length; i++)
                {
                    TaggerFeatures.Extract(sentenceWords, tags, i, features);
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
            var tagger = new PosTagger(perceptron.ToSparse(), [.. upos], [.. xpos], dictionary, lemmatizer);
            var accuracy = Evaluate(tagger, dev);
            Log?.Invoke($"epoch {epoch}: train {100.0 * correct / total:F2}  dev UPOS {accuracy.Upos:F2} XPOS {accuracy.Xpos:F2}  weights {tagger.WeightCount}");
            if (accuracy.Upos + accuracy.Xpos > bestAccuracy) { bestAccuracy = accuracy.Upos + accuracy.Xpos; best = tagger; }
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
