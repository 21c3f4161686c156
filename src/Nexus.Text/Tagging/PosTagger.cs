using Nexus.Text.Learning;

namespace Nexus.Text.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger. Each class is a (UPOS, XPOS) pair so both tag
/// layers come from one decision; tag strings are shared, so tagging allocates nothing per token.
/// With a second-pass model, the words the first pass was unsure of (best score ahead of the runner-up
/// by less than <see cref="SecondPassMargin"/>) are tagged again, left to right, by a model that also
/// reads the first pass's tags of the words to the right. Only words in the tag dictionary are revisited:
/// on unseen names the second pass over-trusts the tag that follows ("Kurdistan/ADJ Workers").
/// </summary>
public sealed class PosTagger
{
    private const uint Magic = 0x4754584E; // "NXTG": one pass
    private const uint TwoPassMagic = 0x3254584E; // "NXT2": then the second-pass model and its margin
    private const uint ClustersMagic = 0x3354584E; // "NXT3": word clusters, then optionally the second pass
    private const int StackLimit = 512;
    private readonly SparseLinearModel _model;
    private readonly SparseLinearModel? _second;

    public PosTagger(SparseLinearModel model, string[] upos, string[] xpos, TagDictionary dictionary, Lemmatizer lemmatizer,
        SparseLinearModel? second = null, float secondPassMargin = float.PositiveInfinity, WordClusters? clusters = null)
    {
        Clusters = clusters;
        Dictionary = dictionary;
        _model = model;
        _second = second;
        SecondPassMargin = secondPassMargin;
        Upos = upos;
        Xpos = xpos;
        Lemmatizer = lemmatizer;
    }

    /// <summary>Universal tag of each class.</summary>
    public string[] Upos { get; }

    /// <summary>Penn tag of each class.</summary>
    public string[] Xpos { get; }

    public Lemmatizer Lemmatizer { get; }

    public TagDictionary Dictionary { get; }

    /// <summary>Word clusters from unlabelled text, read by the cluster features of the tagger and parser (none in older models).</summary>
    public WordClusters? Clusters { get; }

    /// <summary>First-pass decisions won by less than this score margin are revisited by the second pass.</summary>
    public float SecondPassMargin { get; }

    public int WeightCount => _model.WeightCount + (_second?.WeightCount ?? 0);

    /// <summary>The first-pass tagger alone (the same model when there is no second pass).</summary>
    public PosTagger FirstPass => _second is null ? this : new PosTagger(_model, Upos, Xpos, Dictionary, Lemmatizer, clusters: Clusters);

    /// <summary>Tags one sentence: <paramref name="classes"/> receives a class index per word. Fills each word's ambiguity class first.</summary>
    public void Tag(Span<WordFeatures> words, Span<int> classes)
    {
        Dictionary.Annotate(words);
        Clusters?.Annotate(words);
        var clusters = Clusters is not null;
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxCount];
        Span<float> scores = stackalloc float[_model.ClassCount];
        Span<bool> unsure = words.Length <= StackLimit ? stackalloc bool[words.Length] : new bool[words.Length];
        var first = features[..TaggerFeatures.CountOf(clusters)];
        var second = features[..TaggerFeatures.SecondCountOf(clusters)];
        var anyUnsure = false;
        for (var i = 0; i < words.Length; i++)
        {
            TaggerFeatures.Extract(words, classes, i, first, clusters);
            scores.Clear();
            _model.Score(first, scores);
            classes[i] = ArgMax(scores, out var margin);
            unsure[i] = margin < SecondPassMargin && words[i].Ambiguity != FeatureHash.None;
            anyUnsure |= unsure[i];
        }
        if (_second is null || !anyUnsure) return;
        Span<int> ahead = words.Length <= StackLimit ? stackalloc int[words.Length] : new int[words.Length];
        classes.CopyTo(ahead);
        for (var i = 0; i < words.Length; i++)
        {
            if (!unsure[i]) continue;
            TaggerFeatures.ExtractSecond(words, classes, ahead, i, second, clusters);
            scores.Clear();
            _second.Score(second, scores);
            classes[i] = ArgMax(scores);
        }
    }

    /// <summary>The best class and how far its score is ahead of the runner-up.</summary>
    internal static int ArgMax(ReadOnlySpan<float> scores, out float margin)
    {
        int best = 0, second = -1;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best]) { second = best; best = k; }
            else if (second < 0 || scores[k] > scores[second]) second = k;
        }
        margin = second < 0 ? float.PositiveInfinity : scores[best] - scores[second];
        return best;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
        return best;
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true));
        writer.Write(Clusters is not null ? ClustersMagic : _second is null ? Magic : TwoPassMagic);
        writer.Write(Upos.Length);
        for (var i = 0; i < Upos.Length; i++) { writer.Write(Upos[i]); writer.Write(Xpos[i]); }
        _model.Write(writer);
        Dictionary.Write(writer);
        Lemmatizer.Write(writer);
        if (Clusters is not null)
        {
            Clusters.Write(writer);
            writer.Write(_second is not null);
        }
        if (_second is null) return;
        _second.Write(writer);
        writer.Write(SecondPassMargin);
    }

    public static PosTagger Load(Stream stream)
    {
        using var reader = new BinaryReader(new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionMode.Decompress, leaveOpen: true));
        var magic = reader.ReadUInt32();
        if (magic != Magic && magic != TwoPassMagic && magic != ClustersMagic) throw new InvalidDataException("not a Nexus tagger model");
        var n = reader.ReadInt32();
        var upos = new string[n];
        var xpos = new string[n];
        for (var i = 0; i < n; i++) { upos[i] = string.Intern(reader.ReadString()); xpos[i] = string.Intern(reader.ReadString()); }
        var model = SparseLinearModel.Read(reader);
        var dictionary = TagDictionary.Read(reader);
        var lemmatizer = Lemmatizer.Read(reader);
        var clusters = magic == ClustersMagic ? WordClusters.Read(reader) : null;
        if (magic == Magic || (clusters is not null && !reader.ReadBoolean())) return new PosTagger(model, upos, xpos, dictionary, lemmatizer, clusters: clusters);
        var second = SparseLinearModel.Read(reader);
        return new PosTagger(model, upos, xpos, dictionary, lemmatizer, second, reader.ReadSingle(), clusters);
    }

    public static PosTagger Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }
}
