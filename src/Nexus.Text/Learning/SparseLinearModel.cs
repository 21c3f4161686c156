using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nexus.Text.Learning;

/// <summary>
/// A trained multi-class linear model over hashed features, stored sparsely: each hash row keeps only
/// the classes it has weight for, so the file stays a few MB because most (feature, class) weights are zero.
/// In memory the few heavy rows are also laid out densely for vector adds. Scoring allocates nothing.
/// </summary>
public sealed class SparseLinearModel
{
    private readonly int[] _rowStart; // sparse layout, kept for Write; empty for direct models (their dense table says it all)
    private readonly byte[] _classes;
    private readonly float[] _weights;
    private readonly int _shift;
    private readonly int _stride;
    private readonly bool _direct;
    private readonly int[] _row;
    private readonly float[] _dense;

    /// <summary>Rows with at least this many classes are stored densely.</summary>
    private const int DenseFrom = 8;

    private const int MaxFeatures = 128;

    public SparseLinearModel(int rowBits, int classCount, int[] rowStart, byte[] classes, float[] weights)
    {
        RowBits = rowBits;
        ClassCount = classCount;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        _shift = 64 - rowBits;
        if (weights.Length >= 1 << 23) throw new ArgumentException("at most 2^23 weights", nameof(weights));
        _direct = classCount <= 4;
        _stride = (classCount + Vector256<float>.Count - 1) / Vector256<float>.Count * Vector256<float>.Count;
        Index(out _row, out _dense);
        WeightCount = weights.Length;
        if (_direct) (_rowStart, _classes, _weights) = ([], [], []);
    }

    public int RowBits { get; }

    public int ClassCount { get; }

    public int WeightCount { get; }

    /// <summary>
    /// Adds the weights of every feature to <paramref name="scores"/> (which the caller zeroes). The tables
    /// are larger than the CPU caches, so the rows are fetched in three passes (prefetch row descriptors,
    /// prefetch entries, add) letting the memory loads of all features overlap instead of waiting one by one.
    /// Heavy rows (frequent features, most of the lookups) are dense and added eight classes per instruction;
    /// light rows stay sparse and are added one entry at a time.
    /// </summary>
    [SkipLocalsInit]
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (_direct) { ScoreDirect(features, scores); return; }
        var stride = _stride;
        var n = Math.Min(features.Length, MaxFeatures);
        Span<int> rows = stackalloc int[n];
        var acc = stackalloc Vector256<float>[stride / Vector256<float>.Count];
        for (var v = 0; v < stride / Vector256<float>.Count; v++) acc[v] = Vector256<float>.Zero;
        var denseRows = 0;
        fixed (int* row = _row)
        fixed (byte* cls = _classes)
        fixed (float* w = _weights)
        fixed (float* dense = _dense)
        fixed (float* s = scores)
        {
            for (var i = 0; i < n; i++)
            {
                var r = (int)(features[i] >> _shift);
                rows[i] = r;
                if (Sse.IsSupported) Sse.Prefetch0(row + r);
            }
            for (var i = 0; i < n; i++)
            {
                var info = row[rows[i]];
                rows[i] = info;
                if (!Sse.IsSupported) continue;
                if (info >= 0) { Sse.Prefetch0(w + (info >> 8)); Sse.Prefetch0(cls + (info >> 8)); }
                else for (var k = 0; k < stride; k += 16) Sse.Prefetch0(dense + ~info + k);
            }
            for (var i = 0; i < n; i++)
            {
                var info = rows[i];
                if (info < 0)
                {
                    var d = dense + ~info;
                    for (var v = 0; v < stride / Vector256<float>.Count; v++) acc[v] += Vector256.Load(d + v * Vector256<float>.Count);
                    denseRows++;
                    continue;
                }
                var end = (info >> 8) + (info & 0xFF);
                for (var k = info >> 8; k < end; k++) s[cls[k]] += w[k];
            }
            if (denseRows > 0)
            {
                var total = (float*)acc;
                for (var k = 0; k < ClassCount; k++) s[k] += total[k];
            }
        }
        if (features.Length > n) Score(features[n..], scores);
    }

    /// <summary>Models of at most four classes keep every row as four dense floats: one memory access and one add per feature.</summary>
    private unsafe void ScoreDirect(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var sum = Vector128<float>.Zero;
        fixed (float* dense = _dense)
        {
            foreach (var f in features)
                if (Sse.IsSupported) Sse.Prefetch0(dense + ((int)(f >> _shift) << 2));
            foreach (var f in features) sum += Vector128.Load(dense + ((int)(f >> _shift) << 2));
        }
        for (var k = 0; k < ClassCount; k++) scores[k] += sum[k];
    }

    /// <summary>Builds the row descriptors: sparse rows as (start &lt;&lt; 8 | count), heavy rows as ~offset into the dense table.</summary>
    private void Index(out int[] row, out float[] dense)
    {
        var rows = 1 << RowBits;
        if (_direct)
        {
            row = [];
            dense = new float[(long)rows * 4];
            for (var r = 0; r < rows; r++)
                for (var k = _rowStart[r]; k < _rowStart[r + 1]; k++) dense[r * 4 + _classes[k]] = _weights[k];
            return;
        }
        row = new int[rows];
        var heavy = 0;
        for (var r = 0; r < rows; r++) if (_rowStart[r + 1] - _rowStart[r] >= DenseFrom) heavy++;
        dense = new float[heavy * _stride];
        var next = 0;
        for (var r = 0; r < rows; r++)
        {
            int start = _rowStart[r], count = _rowStart[r + 1] - start;
            if (count < DenseFrom) { row[r] = start << 8 | count; continue; }
            for (var k = start; k < start + count; k++) dense[next + _classes[k]] = _weights[k];
            row[r] = ~next;
            next += _stride;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(RowBits);
        writer.Write(ClassCount);
        writer.Write(WeightCount);
        var rows = 1 << RowBits;
        if (_direct)
        {
            // The dense table holds exactly the stored weights (pruned weights are never zero), row by row in class order.
            for (var r = 0; r < rows; r++) writer.Write((byte)CountNonZero(_dense.AsSpan(r * 4, 4)));
            for (var i = 0; i < _dense.Length; i++) if (_dense[i] != 0) writer.Write((byte)(i & 3));
            foreach (var w in _dense) if (w != 0) writer.Write((Half)w);
            return;
        }
        for (var r = 0; r < rows; r++) writer.Write((byte)(_rowStart[r + 1] - _rowStart[r]));
        writer.Write(_classes);
        foreach (var w in _weights) writer.Write((Half)w);
    }

    private static int CountNonZero(ReadOnlySpan<float> row)
    {
        var count = 0;
        foreach (var w in row) if (w != 0) count++;
        return count;
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
