using Nexus.Text.Learning;

namespace Nexus.Text.Parsing;

/// <summary>
/// Beam search over arc-eager transitions (Zhang and Clark 2008; Zhang and Nivre 2011): keeps the best
/// <c>width</c> configurations by summed transition score, and of those only the ones within <c>margin</c> of the
/// best, so a confident model runs nearly greedily. A complete configuration (<see cref="Done"/>) is carried over unchanged. Reused across sentences; grows, never shrinks, so decoding allocates nothing per sentence.
/// With <see cref="Record"/> on it keeps every step's beam for the trainer's update.
/// </summary>
internal sealed class ParseBeam
{
    private ParseState[] _items = [], _next = [];
    private float[] _scores = [], _nextScores = [], _candScores = [];
    private bool[] _gold = [], _nextGold = [];
    private int[] _uses = [], _candParents = [], _candActions = [];
    private ulong[] _features = [];
    private int _width;

    /// <summary>Whether to keep the history of every step (training).</summary>
    public bool Record { get; init; }

    /// <summary>Steps taken by the last search (the longest transition sequence in it).</summary>
    public int Steps { get; private set; }

    /// <summary>The beam width of the last search: the stride of the history arrays.</summary>
    public int Width => _width;

    /// <summary>Per step and kept slot (index step * <see cref="Width"/> + slot, slots best first): parent slot, transition (-1: finished), relation, score, whether on the gold path.</summary>
    public int[] HistParent = [], HistAction = [], HistLabel = [], HistCount = [];
    public float[] HistScore = [];
    public bool[] HistGold = [];

    public ParseState Best => _items[0];

    public bool BestIsGold => _gold[0];

    /// <summary>
    /// Searches one sentence. <paramref name="goldActions"/>, when given, is the gold transition sequence, and
    /// every kept configuration is marked as on it or not.
    /// </summary>
    public void Search(ITransitionModel model, ReadOnlySpan<WordFeatures> words, ReadOnlySpan<int> tags, bool clusters, int width, float margin, ReadOnlySpan<int> goldActions = default)
    {
        var f = ParserFeatures.CountOf(clusters);
        Ensure(width, f);
        _items[0].Reset(words.Length - 1);
        _scores[0] = 0;
        _gold[0] = !goldActions.IsEmpty;
        var count = 1;
        Steps = 0;
        Span<float> actionScores = stackalloc float[ParseState.ActionCount];
        while (true)
        {
            var candidates = 0;
            var alive = false;
            for (var i = 0; i < count; i++)
            {
                var state = _items[i];
                if (Done(state)) { candidates = Insert(candidates, _scores[i], i, -1); continue; }
                alive = true;
                var features = _features.AsSpan(i * f, f);
                ParserFeatures.Extract(state, words, tags, features, clusters);
                actionScores.Clear();
                model.ScoreActions(features, actionScores);
                for (var a = 0; a < ParseState.ActionCount; a++)
                    if (state.IsValid(a)) candidates = Insert(candidates, _scores[i] + actionScores[a], i, a);
            }
            if (!alive) break;
            var keep = candidates;
            var floor = _candScores[0] - margin;
            while (keep > 1 && _candScores[keep - 1] < floor) keep--;
            Array.Clear(_uses, 0, count);
            for (var j = 0; j < keep; j++) _uses[_candParents[j]]++;
            if (Record) EnsureHistory(Steps + 1);
            for (var j = 0; j < keep; j++)
            {
                int p = _candParents[j], a = _candActions[j];
                var label = a is ParseState.Left or ParseState.Right ? model.ChooseLabel(_items[p], a, _features.AsSpan(p * f, f)) : 0;
                if (--_uses[p] == 0) (_next[j], _items[p]) = (_items[p], _next[j]);
                else _next[j].CopyFrom(_items[p]);
                if (a >= 0) _next[j].Apply(a, label);
                _nextScores[j] = _candScores[j];
                _nextGold[j] = _gold[p] && (a < 0 || (Steps < goldActions.Length && goldActions[Steps] == a));
                if (!Record) continue;
                var h = Steps * width + j;
                HistParent[h] = p; HistAction[h] = a; HistLabel[h] = label; HistScore[h] = _candScores[j]; HistGold[h] = _nextGold[j];
            }
            if (Record) HistCount[Steps] = keep;
            (_items, _next) = (_next, _items);
            (_scores, _nextScores) = (_nextScores, _scores);
            (_gold, _nextGold) = (_nextGold, _gold);
            count = keep;
            Steps++;
        }
    }

    /// <summary>
    /// A configuration is complete when the buffer is empty and every word is popped (the words left without a head
    /// are reduced), so every complete transition sequence has 2n steps and summed scores compare fairly.
    /// </summary>
    public static bool Done(ParseState state) => state.BufferEmpty && state.StackSize == 1;

    /// <summary>Adds a candidate to the sorted top list (best first; equal scores keep their arrival order).</summary>
    private int Insert(int count, float score, int parent, int action)
    {
        if (count == _width && score <= _candScores[count - 1]) return count;
        var k = count < _width ? count : _width - 1;
        for (; k > 0 && _candScores[k - 1] < score; k--)
        {
            _candScores[k] = _candScores[k - 1];
            _candParents[k] = _candParents[k - 1];
            _candActions[k] = _candActions[k - 1];
        }
        _candScores[k] = score;
        _candParents[k] = parent;
        _candActions[k] = action;
        return Math.Min(count + 1, _width);
    }

    private void Ensure(int width, int featureCount)
    {
        _width = width;
        if (_features.Length < width * featureCount) _features = new ulong[width * featureCount];
        if (_items.Length >= width) return;
        _items = [.. Enumerable.Range(0, width).Select(_ => new ParseState())];
        _next = [.. Enumerable.Range(0, width).Select(_ => new ParseState())];
        _scores = new float[width]; _nextScores = new float[width]; _candScores = new float[width];
        _gold = new bool[width]; _nextGold = new bool[width];
        _uses = new int[width]; _candParents = new int[width]; _candActions = new int[width];
    }

    private void EnsureHistory(int steps)
    {
        if (HistCount.Length < steps) Array.Resize(ref HistCount, Math.Max(64, steps * 2));
        var size = steps * _width;
        if (HistParent.Length >= size) return;
        size = Math.Max(size * 2, 64 * _width);
        Array.Resize(ref HistParent, size); Array.Resize(ref HistAction, size); Array.Resize(ref HistLabel, size);
        Array.Resize(ref HistScore, size); Array.Resize(ref HistGold, size);
    }
}
