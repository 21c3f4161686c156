namespace Nexus.Extraction.Entities.Ner;

/// <summary>Exact-span precision, recall and F1: overall and per type.</summary>
public sealed record NerScores(PrfCounts Overall, IReadOnlyDictionary<string, PrfCounts> ByType);

/// <summary>True positives, system spans and gold spans, and the ratios they give.</summary>
public sealed record PrfCounts(int TruePositives, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : (double)TruePositives / System;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
