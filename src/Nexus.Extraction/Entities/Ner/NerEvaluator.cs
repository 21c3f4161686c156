namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// Scores a model on gold sentences by exact span and type (CoNLL conlleval style). Only types the gold
/// file uses are scored: a MISC prediction on a file without MISC (UNER) is neither right nor wrong.
/// </summary>
public static class NerEvaluator
{
    public static NerScores Evaluate(NerModel model, IReadOnlyList<(NerSentence Sentence, string[] Labels)> gold) =>
        Score(gold.Select(g => (g.Labels, model.Predict(g.Sentence))).ToList());

    /// <summary>Scores whole documents, the model's labels made consistent within each (<see cref="NerDocumentConsistency"/>).</summary>
    public static NerScores EvaluateDocuments(NerModel model, IReadOnlyList<List<(NerSentence Sentence, string[] Labels)>> documents) =>
        Score(documents.SelectMany(d => d.Select(g => g.Labels).Zip(PredictDocument(model, d.Select(g => g.Sentence).ToList()))).ToList());

    /// <summary>The model's labels for each sentence of one document, made consistent across it.</summary>
    public static List<string[]> PredictDocument(NerModel model, IReadOnlyList<NerSentence> sentences)
    {
        var predicted = sentences.Select(model.Predict).ToList();
        NerDocumentConsistency.Apply(sentences, predicted);
        return predicted;
    }

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
