using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.Tests.TestSupport;

namespace Nexus.Extraction.Tests.Entities;

public class NerBeamTests
{
    private static readonly NerModel Shipped = NerModel.Load(Path.Combine(EntityTestModels.ModelsDirectory(), "ner.bin.gz"));

    private static NerSentence Sentence(string text)
    {
        var analysis = EntityTestModels.Analyze(text);
        return new NerSentence(text, [.. analysis.Tokens.Select(t => (t.Start, t.Length))], upos: analysis.Upos);
    }

    public static TheoryData<string> Texts => new()
    {
        "Angela Merkel flew to Paris on Monday .",
        "The Popular Mobilization Forces attacked Islamic State hideouts in the Hamrin mountains , the Iraqi defence ministry said .",
        "Officials of the Tehrik-i-Taliban Pakistan met Dr. Shantanu Mukharji in New Delhi and Kabul .",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_beam_of_one_is_greedy_decoding(string text)
    {
        var sentence = Sentence(text);
        var greedy = Shipped.WithBeam(1).Predict(sentence);
        Assert.Equal(greedy, GreedyByHand(Shipped, sentence));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_beam_gives_well_formed_labels_that_score_at_least_as_well_as_greedy(string text)
    {
        var sentence = Sentence(text);
        var beam = Shipped.WithBeam(3).PredictIds(sentence);
        for (var i = 0; i < beam.Length; i++) Assert.True(Shipped.Allowed(i == 0 ? -1 : beam[i - 1], beam[i]));
        var greedy = Shipped.WithBeam(1).PredictIds(sentence);
        Assert.True(LogProbability(Shipped, sentence, beam) >= LogProbability(Shipped, sentence, greedy) - 1e-4);
    }

    [Fact]
    public void Loaded_models_decode_with_the_beam()
    {
        var sentence = Sentence("Angela Merkel flew to Paris on Monday .");
        Assert.Equal(NerModel.DefaultBeam, Shipped.BeamWidth);
        Assert.Equal(Shipped.WithBeam(NerModel.DefaultBeam).Predict(sentence), Shipped.Predict(sentence));
    }

    private static string[] GreedyByHand(NerModel model, NerSentence sentence)
    {
        var lexicon = model.Lexicon.Tag(sentence);
        var casing = NerFeatures.Casing(sentence);
        var features = new ulong[NerFeatures.MaxFeatures];
        var scores = new float[model.Labels.Length];
        var result = new string[sentence.Count];
        int prev = -1, prev2 = -1;
        for (var i = 0; i < sentence.Count; i++)
        {
            var n = NerFeatures.Extract(sentence, lexicon, i, prev, prev2, casing, features);
            model.Score(features.AsSpan(0, n), scores);
            var best = model.Best(scores, prev);
            result[i] = model.Labels[best];
            (prev2, prev) = (prev, best);
        }
        return result;
    }

    /// <summary>The beam's objective: the sum over tokens of the label's log-softmax at the beam's scale.</summary>
    private static double LogProbability(NerModel model, NerSentence sentence, int[] labels)
    {
        var lexicon = model.Lexicon.Tag(sentence);
        var casing = NerFeatures.Casing(sentence);
        var features = new ulong[NerFeatures.MaxFeatures];
        var scores = new float[model.Labels.Length];
        var total = 0.0;
        for (var i = 0; i < labels.Length; i++)
        {
            var prev = i == 0 ? -1 : labels[i - 1];
            var n = NerFeatures.Extract(sentence, lexicon, i, prev, i < 2 ? -1 : labels[i - 2], casing, features);
            model.Score(features.AsSpan(0, n), scores);
            var allowed = Enumerable.Range(0, scores.Length).Where(k => model.Allowed(prev, k)).ToList();
            var max = allowed.Max(k => scores[k] * NerBeam.Temperature);
            var log = max + Math.Log(allowed.Sum(k => Math.Exp(scores[k] * NerBeam.Temperature - max)));
            total += scores[labels[i]] * NerBeam.Temperature - log;
        }
        return total;
    }
}
