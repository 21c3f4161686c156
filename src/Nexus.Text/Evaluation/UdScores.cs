namespace Nexus.Text.Evaluation;

/// <summary>
/// Scores of an analysis against a UD treebank, in percent. With gold tokenization every figure is an
/// accuracy; on raw text they are F1 over character-aligned words, as the CoNLL 2018 scorer computes them.
/// LAS compares the universal part of the relation ("nmod" for "nmod:poss"), as that scorer does;
/// <see cref="LasFull"/> compares full relations with subtypes.
/// </summary>
public sealed record UdScores(
    int GoldWords, int SystemWords, double? Words, double? Sentences,
    double Upos, double Xpos, double Lemmas, double Uas, double Las, double LasFull, double Seconds, double CpuSeconds)
{
    public double WordsPerSecond => Seconds > 0 ? GoldWords / Seconds : 0;

    /// <summary>Words per second of this process's CPU time: the speed of one core even on a busy, shared machine.</summary>
    public double WordsPerCpuSecond => CpuSeconds > 0 ? GoldWords / CpuSeconds : 0;
}
