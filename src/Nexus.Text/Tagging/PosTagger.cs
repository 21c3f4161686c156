using Nexus.Text.Learning;

namespace Nexus.Text.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger. Each class is a (UPOS, XPOS) pair so both tag
/// layers come from one decision; tag strings are shared, so tagging allocates nothing per token.
/// </summary>
public sealed class PosTagger
{
    private const uint Magic = 0x4754584E; // "NXTG"
    private readonly SparseLinearModel _model;

    public PosTagger(SparseLinearModel model, string[] upos, string[] xpos, TagDictionary dictionary, Lemmatizer lemmatizer)
    {
        Dictionary = dictionary;
        _model = model;
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

    public int WeightCount => _model.WeightCount;

    /// <summary>Tags one sentence: <paramref name="classes"/> receives a class index per word. Fills each word's ambiguity class first.</summary>
    public void Tag(Span<WordFeatures> words, Span<int> classes)
    {
        Dictionary.Annotate(words);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[_model.ClassCount];
        for (var i = 0; i < words.Length; i++)
        {
            TaggerFeatures.Extract(words, classes, i, features);
            scores.Clear();
            _model.Score(features, scores);
            classes[i] = ArgMax(scores);
        }
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
        writer.Write(Magic);
        writer.Write(Upos.Length);
        for (var i = 0; i < Upos.Length; i++) { writer.Write(Upos[i]); writer.Write(Xpos[i]); }
        _model.Write(writer);
        Dictionary.Write(writer);
        Lemmatizer.Write(writer);
    }

    public static PosTagger Load(Stream stream)
    {
        using var reader = new BinaryReader(new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionMode.Decompress, leaveOpen: true));
        if (reader.ReadUInt32() != Magic) throw new InvalidDataException("not a Nexus tagger model");
        var n = reader.ReadInt32();
        var upos = new string[n];
        var xpos = new string[n];
        for (var i = 0; i < n; i++) { upos[i] = string.Intern(reader.ReadString()); xpos[i] = string.Intern(reader.ReadString()); }
        var model = SparseLinearModel.Read(reader);
        var dictionary = TagDictionary.Read(reader);
        return new PosTagger(model, upos, xpos, dictionary, Lemmatizer.Read(reader));
    }

    public static PosTagger Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }
}
