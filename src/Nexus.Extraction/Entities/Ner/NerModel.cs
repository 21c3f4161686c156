using System.IO.Compression;
using Nexus.Text.Learning;

namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// A BIO tagger (greedy left to right, or a small beam: <see cref="BeamWidth"/>) with averaged-perceptron weights over hashed features
/// (<see cref="NerFeatures"/>). Decoding never puts I-X after O or after another type.
/// </summary>
public sealed class NerModel
{
    public static readonly string[] DefaultLabels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    private const int Magic = 0x4E455231; // "NER1": weights only
    private const int MagicWithLexicon = 0x4E455232; // "NER2": weights, then the lexicon's four lists of names
    private const int MagicWithMajorPlaces = 0x4E455233; // "NER3": weights, then the lexicon's five lists

    public NerModel(string[] labels, Dictionary<ulong, int> rows, float[] weights, NerLexicon? lexicon = null)
    {
        Labels = labels;
        Rows = rows;
        Weights = weights;
        Lexicon = lexicon ?? NerLexicon.Empty;
        // The trainer's working model has rows but no weights yet, and never scores.
        _table = weights.Length == 0 ? null : new FeatureRowTable(rows, weights, labels.Length);
        _allowed = AllowedTable();
    }

    private readonly FeatureRowTable? _table;

    /// <summary>The gazetteer whose tags the model's lexicon features were trained on.</summary>
    public NerLexicon Lexicon { get; }

    public string[] Labels { get; }

    internal Dictionary<ulong, int> Rows { get; }

    internal float[] Weights { get; }

    public int FeatureCount => Rows.Count;

    public string[] Predict(NerSentence sentence)
    {
        var result = new string[sentence.Count];
        var ids = PredictIds(sentence);
        for (var i = 0; i < ids.Length; i++) result[i] = Labels[ids[i]];
        return result;
    }

    /// <summary>The beam of a loaded model: 3 hypotheses beat greedy decoding on UNER dev by about 1 F1 and CoNLL testa by 2.</summary>
    public const int DefaultBeam = 3;

    /// <summary>Hypotheses kept while decoding a sentence: 1 is greedy left to right (the trainer's models); more is a beam search over label sequences.</summary>
    public int BeamWidth { get; init; } = 1;

    public int[] PredictIds(NerSentence sentence)
    {
        if (BeamWidth > 1) return NerBeam.Decode(this, sentence, BeamWidth);
        var labels = new int[sentence.Count];
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Labels.Length];
        var casing = NerFeatures.Casing(sentence);
        var lexicon = Lexicon.Tag(sentence);
        int prev = -1, prev2 = -1;
        for (var i = 0; i < sentence.Count; i++)
        {
            var n = NerFeatures.Extract(sentence, lexicon, i, prev, prev2, casing, features);
            Score(features[..n], scores);
            labels[i] = Best(scores, prev);
            prev2 = prev;
            prev = labels[i];
        }
        return labels;
    }

    /// <summary>The same model decoding with a beam of <paramref name="width"/> hypotheses.</summary>
    public NerModel WithBeam(int width) => new(Labels, Rows, Weights, Lexicon) { BeamWidth = width };

    internal void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        _table?.Score(features, scores);
    }

    internal int Best(ReadOnlySpan<float> scores, int prev)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var k = 0; k < scores.Length; k++)
        {
            if (!Allowed(prev, k)) continue;
            if (scores[k] > bestScore) { best = k; bestScore = scores[k]; }
        }
        return best;
    }

    /// <summary>I-X only continues B-X or I-X.</summary>
    internal bool Allowed(int prev, int label) => _allowed[(prev + 1) * Labels.Length + label];

    private bool[] AllowedTable()
    {
        var l = Labels.Length;
        var table = new bool[(l + 1) * l];
        for (var prev = -1; prev < l; prev++)
            for (var label = 0; label < l; label++)
            {
                var name = Labels[label];
                table[(prev + 1) * l + label] = !name.StartsWith("I-", StringComparison.Ordinal)
                    || prev >= 0 && Labels[prev].Length > 2 && Labels[prev].AsSpan(2).SequenceEqual(name.AsSpan(2));
            }
        return table;
    }

    private readonly bool[] _allowed;

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(MagicWithMajorPlaces);
        writer.Write(Labels.Length);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(Rows.Count);
        var l = Labels.Length;
        foreach (var (feature, row) in Rows.OrderBy(p => p.Key))
        {
            writer.Write(feature);
            for (var k = 0; k < l; k++) writer.Write((Half)Weights[row * l + k]);
        }
        foreach (var names in Lexicon.Lists)
        {
            writer.Write(names.Count);
            foreach (var name in names) writer.Write(name);
        }
    }

    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        var magic = reader.ReadInt32();
        if (magic is not (Magic or MagicWithLexicon or MagicWithMajorPlaces)) throw new InvalidDataException($"{path} is not a Nexus NER model");
        var labels = new string[reader.ReadInt32()];
        for (var k = 0; k < labels.Length; k++) labels[k] = reader.ReadString();
        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * labels.Length];
        for (var r = 0; r < count; r++)
        {
            rows[reader.ReadUInt64()] = r;
            for (var k = 0; k < labels.Length; k++) weights[r * labels.Length + k] = (float)reader.ReadHalf();
        }
        if (magic == Magic) return new NerModel(labels, rows, weights) { BeamWidth = DefaultBeam };
        var lists = new string[magic == MagicWithLexicon ? 4 : 5][];
        for (var list = 0; list < lists.Length; list++)
        {
            lists[list] = new string[reader.ReadInt32()];
            for (var k = 0; k < lists[list].Length; k++) lists[list][k] = reader.ReadString();
        }
        return new NerModel(labels, rows, weights, new NerLexicon(lists[0], lists[1], lists[2], lists[3], lists.Length > 4 ? lists[4] : null)) { BeamWidth = DefaultBeam };
    }
}
