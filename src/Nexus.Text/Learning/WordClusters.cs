using System.IO.Compression;
using System.Numerics;

namespace Nexus.Text.Learning;

/// <summary>
/// Word clusters learnt from unlabelled text (<see cref="WordClusterer"/>), keyed by the hash of the lower-cased form.
/// A word's cluster is a code: its bit path behind a leading 1 (path "0110" is 0b10110), so <see cref="Prefix"/>
/// gives the coarser clusters it belongs to; 0 marks a word without a cluster.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<ulong, ulong> _codes;

    public WordClusters(Dictionary<ulong, ulong> codes) => _codes = codes;

    public int Count => _codes.Count;

    /// <summary>Writes each word's cluster code into <see cref="WordFeatures.Cluster"/>.</summary>
    public void Annotate(Span<WordFeatures> words)
    {
        foreach (ref var w in words)
            w.Cluster = _codes.TryGetValue(w.Lower, out var c) ? c : 0;
    }

    /// <summary>The code of the cluster of the first <paramref name="bits"/> bits of the path (the whole code when shorter, or unknown).</summary>
    public static ulong Prefix(ulong code, int bits)
    {
        if (code <= 1 || code == FeatureHash.None) return code;
        var depth = 63 - BitOperations.LeadingZeroCount(code);
        return depth <= bits ? code : code >> (depth - bits);
    }

    /// <summary>The code of a bit path such as "0110".</summary>
    public static ulong CodeOf(string path)
    {
        var code = 1UL;
        foreach (var bit in path) code = code << 1 | (bit == '1' ? 1UL : 0UL);
        return code;
    }

    /// <summary>Reads the shipped text form: one "path TAB word TAB count" line per word (gzip when the name ends in .gz).</summary>
    public static WordClusters ReadText(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var codes = new Dictionary<ulong, ulong>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[1].Length > 64) continue;
            codes[FeatureHash.Text(parts[1].ToLowerInvariant())] = CodeOf(parts[0]);
        }
        return new WordClusters(codes);
    }

    /// <summary>Writes the text form, sorted by path then word (deterministic bytes: gzip without a timestamp).</summary>
    public static void WriteText(IEnumerable<(string Word, string Path, int Count)> clusters, string path)
    {
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(stream) { NewLine = "\n" };
        foreach (var (word, bits, count) in clusters.OrderBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Word, StringComparer.Ordinal))
            writer.WriteLine($"{bits}\t{word}\t{count}");
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_codes.Count);
        foreach (var (key, value) in _codes.OrderBy(e => e.Key)) { writer.Write(key); writer.Write(value); }
    }

    public static WordClusters Read(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var map = new Dictionary<ulong, ulong>(n);
        for (var i = 0; i < n; i++) map[reader.ReadUInt64()] = reader.ReadUInt64();
        return new WordClusters(map);
    }
}
