using System.Runtime.Intrinsics.X86;

namespace Nexus.Text.Learning;

/// <summary>
/// A trained multi-class linear model over hashed features, stored sparsely: each hash row keeps only
/// the classes it has weight for. Scoring a feature costs one offset lookup and a few adds, and the
/// model stays a few MB because most (feature, class) weights are zero.
/// </summary>
public sealed class SparseLinearModel
{
    private readonly int[] _rowStart;
    private readonly byte[] _classes;
    private readonly float[] _weights;
    private readonly int _shift;

    public SparseLinearModel(int rowBits, int classCount, int[] rowStart, byte[] classes, float[] weights)
    {
        RowBits = rowBits;
        ClassCount = classCount;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        _shift = 64 - rowBits;
    }

    public int RowBits { get; }

    public int ClassCount { get; }

    public int WeightCount => _weights.Length;

    /// <summary>
    /// Adds the weights of every feature to <paramref name="scores"/> (which the caller zeroes). The tables
    /// are larger than the CPU caches, so the rows are fetched in three passes (prefetch offsets, prefetch
    /// entries, add) letting the memory loads of all features overlap instead of waiting one by one.
    /// </summary>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var rowStart = _rowStart;
        var classes = _classes;
        var weights = _weights;
        var n = Math.Min(features.Length, 128);
        Span<int> rows = stackalloc int[n];
        fixed (int* starts = rowStart)
        fixed (byte* cls = classes)
        fixed (float* w = weights)
        {
            for (var i = 0; i < n; i++)
            {
                rows[i] = (int)(features[i] >> _shift);
                if (Sse.IsSupported) Sse.Prefetch0(starts + rows[i]);
            }
            for (var i = 0; i < n; i++)
            {
                var start = starts[rows[i]];
                rows[i] = start;
                if (Sse.IsSupported) { Sse.Prefetch0(w + start); Sse.Prefetch0(cls + start); }
            }
            for (var i = 0; i < n; i++)
            {
                var row = (int)(features[i] >> _shift);
                var end = starts[row + 1];
                for (var k = rows[i]; k < end; k++) scores[cls[k]] += w[k];
            }
        }
        for (var i = n; i < features.Length; i++)
        {
            var row = (int)(features[i] >> _shift);
            var end = rowStart[row + 1];
            for (var k = rowStart[row]; k < end; k++) scores[classes[k]] += weights[k];
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(RowBits);
        writer.Write(ClassCount);
        writer.Write(_weights.Length);
        var rows = 1 << RowBits;
        for (var r = 0; r < rows; r++) writer.Write((byte)(_rowStart[r + 1] - _rowStart[r]));
        writer.Write(_classes);
        foreach (var w in _weights) writer.Write((Half)w);
    }

    public static SparseLinearModel Read(BinaryReader reader)
    {
        var rowBits = reader.ReadInt32();
        var classCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        var rows = 1 << rowBits;
        var counts = reader.ReadBytes(rows);
        var rowStart = new int[rows + 1];
        for (var r = 0; r < rows; r++) rowStart[r + 1] = rowStart[r] + counts[r];
        var classes = reader.ReadBytes(count);
        var raw = reader.ReadBytes(count * 2);
        var halves = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(raw);
        var weights = new float[count];
        for (var i = 0; i < count; i++) weights[i] = (float)halves[i];
        return new SparseLinearModel(rowBits, classCount, rowStart, classes, weights);
    }
}
