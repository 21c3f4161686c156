using Nexus.Text.Learning;

namespace Nexus.Text.Tests.Learning;

/// <summary>
/// The in-memory layouts (sparse light rows, dense heavy rows, the direct table of 4-class models) must
/// score exactly what the plain sparse weights say, and write back the same file they were read from.
/// </summary>
public class SparseLinearModelTests
{
    [Theory]
    [InlineData(4)]   // direct dense table
    [InlineData(51)]  // light sparse rows and heavy dense rows, as the label models
    [InlineData(102)] // as the tagger
    public void ScoresEqualTheSumOfTheStoredWeights(int classCount)
    {
        var (model, weights) = Random(classCount, rowBits: 8, seed: classCount);
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var features = new ulong[random.Next(1, 160)]; // past 128 features the tail is scored separately
            for (var i = 0; i < features.Length; i++) features[i] = (ulong)random.NextInt64() * 2 + 1;
            var scores = new float[classCount];
            model.Score(features, scores);
            var expected = new double[classCount];
            foreach (var f in features)
                for (var k = 0; k < classCount; k++) expected[k] += weights[(int)(f >> 56), k];
            for (var k = 0; k < classCount; k++) Assert.Equal(expected[k], scores[k], 3);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(51)]
    public void WriteReadsBackTheSameBytes(int classCount)
    {
        var (model, _) = Random(classCount, rowBits: 8, seed: 3);
        var first = Bytes(model);
        var again = SparseLinearModel.Read(new BinaryReader(new MemoryStream(first)));
        Assert.Equal(model.WeightCount, again.WeightCount);
        Assert.Equal(first, Bytes(again));
    }

    private static byte[] Bytes(SparseLinearModel model)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(writer);
        return stream.ToArray();
    }

    /// <summary>A model whose rows hold 0 to all classes (so some rows are light and some heavy), weights exact in half precision.</summary>
    private static (SparseLinearModel Model, float[,] Weights) Random(int classCount, int rowBits, int seed)
    {
        var random = new Random(seed);
        var rows = 1 << rowBits;
        var dense = new float[rows, classCount];
        var rowStart = new int[rows + 1];
        var classes = new List<byte>();
        var weights = new List<float>();
        for (var r = 0; r < rows; r++)
        {
            var fill = random.Next(4) switch { 0 => 0.0, 1 => 0.05, 2 => 0.3, _ => 1.0 };
            for (var k = 0; k < classCount; k++)
            {
                if (random.NextDouble() >= fill) continue;
                var w = (float)(Half)((random.Next(1, 2000) - 1000.5f) / 64f);
                dense[r, k] = w;
                classes.Add((byte)k);
                weights.Add(w);
            }
            rowStart[r + 1] = classes.Count;
        }
        return (new SparseLinearModel(rowBits, classCount, rowStart, [.. classes], [.. weights]), dense);
    }
}
