namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// Beam-search decoding for <see cref="NerModel"/>: the features that do not depend on earlier labels are scored
/// once per token, those of the previous two labels once per hypothesis; a sequence scores the sum of its labels'
/// log-probabilities (a softmax over each token's scores), and of two hypotheses ending in the same two labels only the better is kept (their futures are the same).
/// </summary>
internal static class NerBeam
{
    /// <summary>
    /// Scale of the scores before each token's softmax (the shipped weights are scaled so that the largest is 100): the
    /// perceptron was trained token by token, so its raw scores do not add up across tokens, its log-probabilities do.
    /// Chosen on UNER dev and CoNLL testa (0.005-0.01 alike; raw sums lose 6 points).
    /// </summary>
    internal const float Temperature = 0.007f;

    public static int[] Decode(NerModel model, NerSentence sentence, int width)
    {
        var count = sentence.Count;
        var l = model.Labels.Length;
        var result = new int[count];
        if (count == 0) return result;
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> fixedScores = stackalloc float[l];
        Span<float> scores = stackalloc float[l];
        var casing = NerFeatures.Casing(sentence);
        var lexicon = model.Lexicon.Tag(sentence);
        // Hypotheses per position: label, index of the parent at the previous position, total score.
        var label = new int[count, width];
        var parent = new int[count, width];
        var total = new float[count, width];
        var size = new int[count];
        for (var i = 0; i < count; i++)
        {
            var n = NerFeatures.ExtractStatic(sentence, lexicon, i, casing, features);
            model.Score(features[..n], fixedScores);
            var hypotheses = i == 0 ? 1 : size[i - 1];
            for (var h = 0; h < hypotheses; h++)
            {
                var prev = i == 0 ? -1 : label[i - 1, h];
                var prev2 = i < 2 ? -1 : label[i - 2, parent[i - 1, h]];
                var before = i == 0 ? 0f : total[i - 1, h];
                var m = NerFeatures.History(sentence, lexicon, i, prev, prev2, features);
                model.Score(features[..m], scores);
                var max = float.NegativeInfinity;
                for (var k = 0; k < l; k++)
                {
                    scores[k] = model.Allowed(prev, k) ? (fixedScores[k] + scores[k]) * Temperature : float.NegativeInfinity;
                    max = Math.Max(max, scores[k]);
                }
                var sum = 0f;
                for (var k = 0; k < l; k++)
                    if (scores[k] > float.NegativeInfinity) sum += MathF.Exp(scores[k] - max);
                var log = max + MathF.Log(sum);
                for (var k = 0; k < l; k++)
                    if (scores[k] > float.NegativeInfinity) Offer(i, before + scores[k] - log, h, k, prev);
            }
        }
        var best = 0;
        for (var h = 1; h < size[count - 1]; h++)
            if (total[count - 1, h] > total[count - 1, best]) best = h;
        for (var i = count - 1; i >= 0; i--)
        {
            result[i] = label[i, best];
            best = parent[i, best];
        }
        return result;

        // Keeps the best hypotheses at position i in descending order; one per pair of last two labels.
        void Offer(int i, float score, int from, int k, int prev)
        {
            var kept = size[i];
            var j = 0;
            while (j < kept && !(label[i, j] == k && (i == 0 ? -1 : label[i - 1, parent[i, j]]) == prev)) j++;
            if (j < kept)
            {
                if (score <= total[i, j]) return;
            }
            else if (kept < width) size[i] = ++kept;
            else if (score > total[i, kept - 1]) j = kept - 1;
            else return;
            while (j > 0 && total[i, j - 1] < score)
            {
                (label[i, j], parent[i, j], total[i, j]) = (label[i, j - 1], parent[i, j - 1], total[i, j - 1]);
                j--;
            }
            (label[i, j], parent[i, j], total[i, j]) = (k, from, score);
        }
    }
}
