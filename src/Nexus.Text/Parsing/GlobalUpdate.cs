using Nexus.Text.Learning;
using Nexus.Text.Tagging;

namespace Nexus.Text.Parsing;

/// <summary>
/// One sentence of global training: scores the gold sequence, searches the beam, and applies the max-violation
/// update to the transition weights (plus local updates of the relation weights on the gold arcs).
/// While training, an arc that is in the gold tree gets its gold relation, so gold prefixes in the beam have
/// exactly the gold sequence's features.
/// </summary>
internal sealed class GlobalUpdate(PerceptronTrainer actions, PerceptronTrainer left, PerceptronTrainer right, bool clusters) : ITransitionModel
{
    private readonly ParseBeam _beam = new() { Record = true };
    private readonly ParseState _state = new();
    private readonly int _featureCount = ParserFeatures.CountOf(clusters);
    private readonly float[] _scores = new float[ParseState.ActionCount];
    private ulong[] _goldFeatures = [];
    private float[] _goldScores = [];
    private int[] _goldLabels = [], _goldDependents = [];
    private readonly List<(int Action, int Label)> _predicted = [];
    private int[] _heads = [], _rels = [];

    public DependencyParser ToParser(string[] labels, string[] tagClasses) =>
        new(actions.ToSparse(), left.ToSparse(), right.ToSparse(), labels, tagClasses, clusters);

    /// <summary>Trains on one sentence; true when the transition weights were updated.</summary>
    public bool Train(WordFeatures[] words, int[] tags, int[] heads, int[] rels, int[] sequence, int width)
    {
        SetGold(heads, rels);
        ScoreGold(words, tags, sequence);
        _beam.Search(this, words, tags, clusters, width, float.PositiveInfinity, sequence);
        var updated = !_beam.BestIsGold && !SameTree(_beam.Best) && UpdateActions(words, tags, sequence);
        UpdateLabels(sequence.Length);
        actions.Tick(); left.Tick(); right.Tick();
        return updated;
    }

    /// <summary>The sentence's gold heads and relations (position-indexed), which decide the relations of gold arcs.</summary>
    public void SetGold(int[] heads, int[] rels) => (_heads, _rels) = (heads, rels);

    void ITransitionModel.ScoreActions(ReadOnlySpan<ulong> features, Span<float> scores) => actions.Score(features, scores);

    int ITransitionModel.ChooseLabel(ParseState state, int action, ReadOnlySpan<ulong> features)
    {
        var (h, d) = action == ParseState.Left ? (state.BufferFront, state.S0) : (state.S0, state.BufferFront);
        if (_heads[d] == h) return _rels[d];
        var model = action == ParseState.Left ? left : right;
        Span<float> labelScores = stackalloc float[model.ClassCount];
        labelScores.Clear();
        model.Score(features, labelScores);
        return PosTagger.ArgMax(labelScores);
    }

    /// <summary>Walks the gold sequence: its features, prefix scores, relations, and which arcs are gold.</summary>
    private void ScoreGold(WordFeatures[] words, int[] tags, int[] sequence)
    {
        var g = sequence.Length;
        var f = _featureCount;
        if (_goldScores.Length < g + 1)
        {
            _goldFeatures = new ulong[(g + 1) * 2 * f];
            _goldScores = new float[(g + 1) * 2];
            _goldLabels = new int[(g + 1) * 2];
            _goldDependents = new int[(g + 1) * 2];
        }
        _state.Reset(words.Length - 1);
        _goldScores[0] = 0;
        for (var t = 0; t < g; t++)
        {
            var features = _goldFeatures.AsSpan(t * f, f);
            ParserFeatures.Extract(_state, words, tags, features, clusters);
            Array.Clear(_scores);
            actions.Score(features, _scores);
            var a = sequence[t];
            _goldScores[t + 1] = _goldScores[t] + _scores[a];
            _goldDependents[t] = -1;
            _goldLabels[t] = 0;
            if (a is ParseState.Left or ParseState.Right)
            {
                _goldLabels[t] = ((ITransitionModel)this).ChooseLabel(_state, a, features);
                var (h, d) = a == ParseState.Left ? (_state.BufferFront, _state.S0) : (_state.S0, _state.BufferFront);
                if (_heads[d] == h) _goldDependents[t] = d;
            }
            _state.Apply(a, _goldLabels[t]);
        }
    }

    private bool SameTree(ParseState s)
    {
        for (var p = 1; p <= s.N; p++)
            if (s.Head[p] != _heads[p] || (s.Head[p] >= 0 && s.Label[p] != _rels[p])) return false;
        return true;
    }

    /// <summary>The max-violation update; false when no step of the beam outscored the gold prefix.</summary>
    private bool UpdateActions(WordFeatures[] words, int[] tags, int[] sequence)
    {
        int w = _beam.Width, bestStep = -1;
        var worst = float.NegativeInfinity;
        for (var s = 1; s <= _beam.Steps; s++)
        {
            var h = (s - 1) * w;
            if (_beam.HistGold[h]) continue;
            var violation = _beam.HistScore[h] - _goldScores[Math.Min(s, sequence.Length)];
            if (violation >= worst) (worst, bestStep) = (violation, s);
        }
        if (bestStep < 0 || worst < 0) return false;
        _predicted.Clear();
        for (int s = bestStep, slot = 0; s >= 1; s--)
        {
            var h = (s - 1) * w + slot;
            if (_beam.HistAction[h] >= 0) _predicted.Add((_beam.HistAction[h], _beam.HistLabel[h]));
            slot = _beam.HistParent[h];
        }
        _predicted.Reverse();
        var goldLength = Math.Min(bestStep, sequence.Length);
        var common = 0;
        while (common < _predicted.Count && common < goldLength && _predicted[common] == (sequence[common], _goldLabels[common])) common++;
        var f = _featureCount;
        for (var t = common; t < goldLength; t++) actions.Add(_goldFeatures.AsSpan(t * f, f), sequence[t], 1);
        var features = _goldFeatures.AsSpan(sequence.Length * f, f); // scratch: the row after the gold sequence's last
        _state.Reset(words.Length - 1);
        for (var t = 0; t < _predicted.Count; t++)
        {
            var (a, label) = _predicted[t];
            if (t >= common)
            {
                ParserFeatures.Extract(_state, words, tags, features, clusters);
                actions.Add(features, a, -1);
            }
            _state.Apply(a, label);
        }
        return true;
    }

    /// <summary>Local perceptron updates of the relation weights on the gold sequence's correct arcs.</summary>
    private void UpdateLabels(int g)
    {
        var f = _featureCount;
        Span<float> labelScores = stackalloc float[left.ClassCount];
        for (var t = 0; t < g; t++)
        {
            var d = _goldDependents[t];
            if (d < 0) continue;
            var features = _goldFeatures.AsSpan(t * f, f);
            var model = d < _heads[d] ? left : right;
            labelScores.Clear();
            model.Score(features, labelScores);
            model.Update(features, _rels[d], PosTagger.ArgMax(labelScores));
        }
    }
}
