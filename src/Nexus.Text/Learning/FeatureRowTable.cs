using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Nexus.Text.Learning;

/// <summary>
/// A read-only map from feature hashes to dense weight rows (row r = weights[r * width .. + width]) for
/// scoring. A Dictionary lookup per feature waits on two or three cache misses in turn; here keys and rows
/// sit together in one open-addressed array, and <see cref="Score"/> fetches in passes (find the slots, then
/// the rows) so the memory loads of all features overlap. Sums are added in feature order, exactly as a
/// loop over the features would: the scores are bit-identical to that loop.
/// </summary>
public sealed class FeatureRowTable
{
    private const int MaxFeatures = 128;

    private readonly Entry[] _entries;
    private readonly float[] _weights;
    private readonly int _width;
    private readonly int _shift;

    private struct Entry
    {
        public ulong Key;
        public int RowPlusOne; // 0: empty slot
    }

    public FeatureRowTable(IReadOnlyDictionary<ulong, int> rows, float[] weights, int width)
    {
        _weights = weights;
        _width = width;
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, rows.Count)) + 2); // load factor 1/4 to 1/2
        _shift = 64 - bits;
        _entries = new Entry[1 << bits];
        var mask = _entries.Length - 1;
        foreach (var (key, row) in rows)
        {
            var slot = Slot(key);
            while (_entries[slot].RowPlusOne != 0) slot = (slot + 1) & mask;
            _entries[slot] = new Entry { Key = key, RowPlusOne = row + 1 };
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Adds each known feature's row to <paramref name="scores"/> (which the caller zeroes), in feature order.</summary>
    [SkipLocalsInit]
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var n = Math.Min(features.Length, MaxFeatures);
        Span<int> rows = stackalloc int[n];
        var mask = _entries.Length - 1;
        var width = _width;
        fixed (Entry* entries = _entries)
        fixed (float* weights = _weights)
        {
            for (var i = 0; i < n; i++)
            {
                var slot = Slot(features[i]);
                rows[i] = slot;
                if (Sse.IsSupported) Sse.Prefetch0(entries + slot);
            }
            for (var i = 0; i < n; i++)
            {
                var slot = rows[i];
                var key = features[i];
                while (entries[slot].RowPlusOne != 0 && entries[slot].Key != key) slot = (slot + 1) & mask;
                var row = entries[slot].RowPlusOne - 1;
                rows[i] = row;
                if (row < 0 || !Sse.IsSupported) continue;
                Sse.Prefetch0(weights + row * width);
                Sse.Prefetch0(weights + row * width + width - 1);
            }
            for (var i = 0; i < n; i++)
            {
                if (rows[i] < 0) continue;
                var w = weights + rows[i] * width;
                for (var k = 0; k < width; k++) scores[k] += w[k];
            }
        }
        if (features.Length > n) Score(features[n..], scores);
    }
}
