namespace Nexus.Text.Parsing;

/// <summary>What the beam search asks of a model: transition scores for a configuration, and the relation of an arc.</summary>
internal interface ITransitionModel
{
    /// <summary>Adds the score of each transition to <paramref name="scores"/>.</summary>
    void ScoreActions(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>The relation for arc transition <paramref name="action"/> taken in <paramref name="state"/>.</summary>
    int ChooseLabel(ParseState state, int action, ReadOnlySpan<ulong> features);
}
