namespace Nexus.Text.Evaluation;

/// <summary>
/// Scores of an analysis against a UD treebank, in percent. With gold tokenization every figure is an
/// accuracy; on raw text they are F1 over character-aligned words, as the CoNLL 2018 scorer computes them.
/// LAS compares the universal part of the relation ("nmod" for "nmod:poss"), as that scorer does;
/// <see cref="LasFull"/> compares full relations with subtypes.
/// </summary>
public sealed record UdScores(
    int GoldWords, int SystemWords, double? Words, double? Sentences,
    double Upos, double Xpos, double Lemmas, double Uas, double Las, double LasFull, double Seconds)
{
    public double WordsPerSecond => Seconds > 0 ? GoldWords / Seconds : 0;
}
