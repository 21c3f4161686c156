using System.Globalization;
using Nexus.Extraction.Lexicon;

namespace Nexus.Extraction.Relations;

/// <summary>
/// The confidence of a claim: the measured precision of the rule that read it (Lexicon/rule-precision.tsv),
/// smoothed as (tp + 1) / (tp + fp + 2) so rarely seen rules stay near 0.5.
/// </summary>
public sealed class RulePrecision
{
    private readonly Dictionary<string, (int Tp, int Fp)> _counts;

    public RulePrecision(Dictionary<string, (int Tp, int Fp)> counts) => _counts = counts;

    public static RulePrecision Default { get; } = Parse(LexiconResource.ReadText("rule-precision.tsv"));

    public static RulePrecision Parse(string tsv)
    {
        var counts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.Rows(tsv))
            counts[row[0]] = (int.Parse(row[1], CultureInfo.InvariantCulture), int.Parse(row[2], CultureInfo.InvariantCulture));
        return new RulePrecision(counts);
    }

    public double Of(string rule)
    {
        var (tp, fp) = _counts.TryGetValue(rule, out var c) ? c : (0, 0);
        return (tp + 1.0) / (tp + fp + 2.0);
    }
}
