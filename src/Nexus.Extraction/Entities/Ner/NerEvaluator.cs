namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// Scores a model on gold sentences by exact span and type (CoNLL conlleval style). Only types the gold
/// file uses are scored: a MISC prediction on a file without MISC (UNER) is neither right nor wrong.
/// </summary>
public static class NerEvaluator
{
    public static NerScores Evaluate(NerModel model, IReadOnlyList<(NerSentence Sentence, string[] Labels)> gold) =>
        Score(gold.Select(g => (g.Labels, model.Predict(g.Sentence))).ToList());

    public static NerScores Score(IReadOnlyList<(string[] Gold, string[] Predicted)> pairs)
    {
        var goldTypes = pairs.SelectMany(p => ConllNerReader.Spans(p.Gold)).Select(s => s.Type).ToHashSet();
        var counts = new Dictionary<string, (int Tp, int Sys, int Gold)>();
        foreach (var (goldLabels, predicted) in pairs)
        {
            var g = ConllNerReader.Spans(goldLabels).ToHashSet();
            var p = ConllNerReader.Spans(predicted).Where(s => goldTypes.Contains(s.Type)).ToHashSet();
            foreach (var s in g) Bump(s.Type, 0, 0, 1);
            foreach (var s in p) Bump(s.Type, g.Contains(s) ? 1 : 0, 1, 0);
        }
        var byType = counts.ToDictionary(c => c.Key, c => new PrfCounts(c.Value.Tp, c.Value.Sys, c.Value.Gold));
        var overall = new PrfCounts(byType.Values.Sum(c => c.TruePositives), byType.Values.Sum(c => c.System), byType.Values.Sum(c => c.Gold));
        return new NerScores(overall, byType);

        void Bump(string type, int tp, int sys, int gold)
        {
            var c = counts.GetValueOrDefault(type);
            counts[type] = (c.Tp + tp, c.Sys + sys, c.Gold + gold);
        }
    }
}
