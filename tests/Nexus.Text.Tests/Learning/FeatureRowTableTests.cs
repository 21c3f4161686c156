using Nexus.Text.Learning;

namespace Nexus.Text.Tests.Learning;

public class FeatureRowTableTests
{
    /// <summary>The plain loop the table replaces: a dictionary lookup per feature, rows added in feature order.</summary>
    private static float[] Reference(Dictionary<ulong, int> rows, float[] weights, int width, ulong[] features)
    {
        var scores = new float[width];
        foreach (var f in features)
        {
            if (!rows.TryGetValue(f, out var row)) continue;
            for (var k = 0; k < width; k++) scores[k] += weights[row * width + k];
        }
        return scores;
    }

    [Theory]
    [InlineData(1, 9, 5)]
    [InlineData(1000, 9, 48)]
    [InlineData(5000, 3, 300)] // more features than one pass takes
    public void Scores_are_bit_identical_to_a_dictionary_loop(int count, int width, int featuresPerCall)
    {
        var random = new Random(7);
        var rows = new Dictionary<ulong, int>();
        while (rows.Count < count) rows.TryAdd((ulong)random.NextInt64() ^ (ulong)random.Next() << 63, rows.Count);
        var weights = new float[count * width];
        for (var i = 0; i < weights.Length; i++) weights[i] = (float)(random.NextDouble() * 200 - 100) / 7f;
        var table = new FeatureRowTable(rows, weights, width);
        var keys = rows.Keys.ToArray();
        for (var call = 0; call < 200; call++)
        {
            // Known features (some repeated) mixed with unknown ones.
            var features = Enumerable.Range(0, featuresPerCall)
                .Select(_ => random.Next(3) == 0 ? (ulong)random.NextInt64() : keys[random.Next(keys.Length)]).ToArray();
            var scores = new float[width];
            table.Score(features, scores);
            Assert.Equal(Reference(rows, weights, width, features), scores);
        }
    }

    [Fact]
    public void Keys_that_share_a_slot_each_find_their_own_row()
    {
        // 64 keys in 256 slots: several share a home slot and must probe past each other.
        var rows = Enumerable.Range(0, 64).ToDictionary(i => (ulong)i << 58 | (ulong)i * 977, i => i);
        var weights = Enumerable.Range(0, 64).Select(i => (float)i).ToArray();
        var table = new FeatureRowTable(rows, weights, 1);
        foreach (var (key, row) in rows)
        {
            var scores = new float[1];
            table.Score([key], scores);
            Assert.Equal(row, scores[0]);
        }
        var none = new float[1];
        table.Score([12345UL, 1UL << 57], none);
        Assert.Equal(0f, none[0]);
    }
}
