namespace Nexus.Text.Learning;

/// <summary>
/// Averaged perceptron over hashed features in dense rows (row = top bits of the feature hash).
/// Averaging uses the "w - u/c" trick: u accumulates c*delta, so no per-weight timestamps are kept.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly float[] _w;
    private readonly float[] _u;
    private readonly int _shift;
    private long _clock = 1;

    public PerceptronTrainer(int rowBits, int classCount)
    {
        if (classCount > 255) throw new ArgumentOutOfRangeException(nameof(classCount), "at most 255 classes");
        RowBits = rowBits;
        ClassCount = classCount;
        _shift = 64 - rowBits;
        _w = new float[(1L << rowBits) * classCount];
        _u = new float[_w.Length];
    }

    public int RowBits { get; }

    public int ClassCount { get; }

    /// <summary>Advances the averaging clock: call once per training example.</summary>
    public void Tick() => _clock++;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var c = ClassCount;
        foreach (var f in features)
        {
            var row = _w.AsSpan((int)(f >> _shift) * c, c);
            for (var k = 0; k < c; k++) scores[k] += row[k];
        }
    }

    /// <summary>Promotes <paramref name="truth"/> and demotes <paramref name="guess"/> on every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        var c = ClassCount;
        float clock = _clock;
        foreach (var f in features)
        {
            var baseIndex = (int)(f >> _shift) * c;
            _w[baseIndex + truth] += 1;
            _u[baseIndex + truth] += clock;
            _w[baseIndex + guess] -= 1;
            _u[baseIndex + guess] -= clock;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to class <paramref name="cls"/> on every feature (the global perceptron's update).</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        var c = ClassCount;
        var scaled = delta * _clock;
        foreach (var f in features)
        {
            var i = (int)(f >> _shift) * c + cls;
            _w[i] += delta;
            _u[i] += scaled;
        }
    }

    /// <summary>The averaged weights as a sparse model, dropping weights whose magnitude is below <paramref name="prune"/>.</summary>
    public SparseLinearModel ToSparse(float prune = 1e-3f)
    {
        var c = ClassCount;
        var rows = 1 << RowBits;
        var rowStart = new int[rows + 1];
        var classes = new List<byte>();
        var weights = new List<float>();
        float clock = _clock;
        for (var r = 0; r < rows; r++)
        {
            for (var k = 0; k < c; k++)
            {
                var i = r * c + k;
                var avg = _w[i] - _u[i] / clock;
                if (MathF.Abs(avg) < prune) continue;
                classes.Add((byte)k);
                weights.Add(avg);
            }
            rowStart[r + 1] = classes.Count;
        }
        return new SparseLinearModel(RowBits, c, rowStart, [.. classes], [.. weights]);
    }
}
