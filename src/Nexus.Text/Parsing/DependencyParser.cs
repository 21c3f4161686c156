using System.IO.Compression;
using Nexus.Text.Learning;

namespace Nexus.Text.Parsing;

/// <summary>
/// Arc-eager labelled dependency parser: one averaged-perceptron model scores the transitions, and one per arc
/// direction picks the relation, all reading the same hashed feature vector. Greedy (beam width 1), or a beam
/// search over summed transition scores for models trained globally (<see cref="BeamParserTrainer"/>).
/// </summary>
public sealed class DependencyParser : ITransitionModel
{
    private const uint Magic = 0x5050584E; // "NXPP"
    private const uint ClustersMagic = 0x3250584E; // "NXP2": reads the tagger's word clusters
    private const uint BeamMagic = 0x3350584E; // "NXP3": clusters flag, beam width and margin follow
    private readonly SparseLinearModel _actions, _leftLabels, _rightLabels;
    private readonly bool[] _punctTags;
    [ThreadStatic] private static ParseBeam? t_beam;

    public DependencyParser(SparseLinearModel actions, SparseLinearModel leftLabels, SparseLinearModel rightLabels, string[] labels, string[] tagClasses, bool usesClusters = false)
    {
        UsesClusters = usesClusters;
        TagClasses = tagClasses;
        _punctTags = [.. tagClasses.Select(t => t.StartsWith("PUNCT|", StringComparison.Ordinal)), false];
        _actions = actions;
        _leftLabels = leftLabels;
        _rightLabels = rightLabels;
        Labels = labels;
        PunctLabel = Math.Max(0, Array.IndexOf(labels, "punct"));
        FallbackLabel = Math.Max(0, Array.IndexOf(labels, "parataxis"));
    }

    public string[] Labels { get; }

    /// <summary>Configurations the beam keeps (1: greedy).</summary>
    public int BeamWidth { get; private init; } = 1;

    /// <summary>The beam keeps only successors scoring within this of the best one (infinity: a full beam).</summary>
    public float BeamMargin { get; private init; } = float.PositiveInfinity;

    /// <summary>The same weights decoded with another beam.</summary>
    public DependencyParser WithBeam(int width, float margin = float.PositiveInfinity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        return new(_actions, _leftLabels, _rightLabels, Labels, TagClasses, UsesClusters) { BeamWidth = width, BeamMargin = margin };
    }

    /// <summary>The tagger classes ("UPOS|XPOS") whose indices the tag features use; the tagger must match.</summary>
    public string[] TagClasses { get; }

    /// <summary>Whether the model reads word clusters, which the tagger then has to provide.</summary>
    public bool UsesClusters { get; }

    public int WeightCount => _actions.WeightCount + _leftLabels.WeightCount + _rightLabels.WeightCount;

    internal int PunctLabel { get; }

    internal int FallbackLabel { get; }

    /// <summary>
    /// Parses one sentence. <paramref name="words"/> and <paramref name="tags"/> are indexed by position
    /// (0 = root, word i at i+1). Writes 0-based heads (-1 root) and label indices per word.
    /// </summary>
    public void Parse(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<int> tags, ParseState state, Span<int> heads, Span<int> labels)
    {
        if (BeamWidth > 1)
        {
            var beam = t_beam ??= new ParseBeam(); // one per thread: callers make a ParseState per document
            beam.Search(this, words, tags, UsesClusters, BeamWidth, BeamMargin);
            Finish(beam.Best, tags, heads, labels);
            return;
        }
        var n = words.Length - 1;
        state.Reset(n);
        Span<ulong> features = stackalloc ulong[ParserFeatures.CountOf(UsesClusters)];
        Span<float> scores = stackalloc float[ParseState.ActionCount];
        Span<float> labelScores = stackalloc float[Labels.Length];
        while (!state.BufferEmpty)
        {
            ParserFeatures.Extract(state, words, tags, features, UsesClusters);
            scores.Clear();
            _actions.Score(features, scores);
            var action = BestValid(state, scores);
            var label = 0;
            if (action is ParseState.Left or ParseState.Right)
            {
                labelScores.Clear();
                (action == ParseState.Left ? _leftLabels : _rightLabels).Score(features, labelScores);
                label = Tagging.PosTagger.ArgMax(labelScores);
            }
            state.Apply(action, label);
        }
        Finish(state, tags, heads, labels);
    }

    void ITransitionModel.ScoreActions(ReadOnlySpan<ulong> features, Span<float> scores) => _actions.Score(features, scores);

    int ITransitionModel.ChooseLabel(ParseState state, int action, ReadOnlySpan<ulong> features)
    {
        Span<float> labelScores = stackalloc float[Labels.Length];
        labelScores.Clear();
        (action == ParseState.Left ? _leftLabels : _rightLabels).Score(features, labelScores);
        return Tagging.PosTagger.ArgMax(labelScores);
    }

    internal static int BestValid(ParseState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var a = 0; a < ParseState.ActionCount; a++)
            if (state.IsValid(a) && (best < 0 || scores[a] > scores[best])) best = a;
        return best;
    }

    /// <summary>Words left without a head attach to the root word, so every sentence is one tree.</summary>
    internal void Finish(ParseState state, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var n = state.N;
        var root = -1;
        for (var p = 1; p <= n; p++) if (state.Head[p] == 0) { root = p; break; }
        if (root < 0)
            for (var p = 1; p <= n; p++) if (state.Head[p] < 0 && !_punctTags[tags[p]]) { root = p; break; }
        if (root < 0) root = 1;
        var rootLabel = Math.Max(0, Array.IndexOf(Labels, "root"));
        for (var p = 1; p <= n; p++)
        {
            int head = state.Head[p], label = state.Label[p];
            if (p == root) { head = 0; label = rootLabel; }
            else if (head <= 0) { head = root; label = _punctTags[tags[p]] ? PunctLabel : FallbackLabel; }
            heads[p - 1] = head - 1;
            labels[p - 1] = label;
        }
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true));
        writer.Write(BeamWidth > 1 ? BeamMagic : UsesClusters ? ClustersMagic : Magic);
        if (BeamWidth > 1)
        {
            writer.Write(UsesClusters);
            writer.Write(BeamWidth);
            writer.Write(BeamMargin);
        }
        writer.Write(Labels.Length);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(TagClasses.Length);
        foreach (var tag in TagClasses) writer.Write(tag);
        _actions.Write(writer);
        _leftLabels.Write(writer);
        _rightLabels.Write(writer);
    }

    public static DependencyParser Load(Stream stream)
    {
        using var reader = new BinaryReader(new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true));
        var magic = reader.ReadUInt32();
        if (magic != Magic && magic != ClustersMagic && magic != BeamMagic) throw new InvalidDataException("not a Nexus parser model");
        var clusters = magic == ClustersMagic;
        int width = 1;
        var margin = float.PositiveInfinity;
        if (magic == BeamMagic)
        {
            clusters = reader.ReadBoolean();
            width = reader.ReadInt32();
            margin = reader.ReadSingle();
        }
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++) labels[i] = string.Intern(reader.ReadString());
        var tags = new string[reader.ReadInt32()];
        for (var i = 0; i < tags.Length; i++) tags[i] = reader.ReadString();
        return new DependencyParser(SparseLinearModel.Read(reader), SparseLinearModel.Read(reader), SparseLinearModel.Read(reader), labels, tags, clusters) { BeamWidth = width, BeamMargin = margin };
    }

    public static DependencyParser Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }
}
