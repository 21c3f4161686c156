namespace Nexus.Ingestion.Dedup;

/// <summary>
/// Computes MinHash signatures of texts over word shingles. Two texts whose signatures agree in a
/// fraction <c>s</c> of positions have an estimated Jaccard similarity of <c>s</c> between their
/// shingle sets. Hash functions come from fixed seeds, so signatures are stable across runs and
/// machines and can be stored.
/// </summary>
public sealed class MinHasher
{
    /// <summary>Estimated Jaccard at or above which an article is a near-duplicate (syndicated copy) of another.</summary>
    public const double NearDuplicateThreshold = 0.9;

    public const int DefaultShingleSize = 5;
    public const int DefaultHashCount = 128;

    /// <summary>16 bands of 8 rows: pairs at Jaccard 0.9 share a band with probability &gt; 0.999, pairs at 0.5 about 0.06.</summary>
    public const int DefaultBandCount = 16;

    private const ulong SeedBase = 0x4E65787573L; // "Nexus": fixed so stored signatures stay comparable

    private readonly ulong[] multipliers;
    private readonly ulong[] offsets;

    public MinHasher(int shingleSize = DefaultShingleSize, int hashCount = DefaultHashCount, int bandCount = DefaultBandCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shingleSize, byte.MaxValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hashCount, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(bandCount, 1);
        if (hashCount % bandCount != 0)
            throw new ArgumentException($"{hashCount} hash functions cannot be split into {bandCount} equal bands", nameof(bandCount));
        ShingleSize = shingleSize;
        HashCount = hashCount;
        BandCount = bandCount;
        multipliers = new ulong[hashCount];
        offsets = new ulong[hashCount];
        var state = SeedBase;
        for (var i = 0; i < hashCount; i++)
        {
            // Multiply-shift hashing (Dietzfelbinger): an odd multiplier plus an offset per function.
            multipliers[i] = ShingleHasher.Mix(state += 0x9E3779B97F4A7C15UL) | 1UL;
            offsets[i] = ShingleHasher.Mix(state += 0x9E3779B97F4A7C15UL);
        }
    }

    public int ShingleSize { get; }

    public int HashCount { get; }

    public int BandCount { get; }

    public MinHashSignature Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new uint[HashCount];
        Array.Fill(values, uint.MaxValue);
        foreach (var shingle in ShingleHasher.Hash(text, ShingleSize))
        {
            for (var i = 0; i < values.Length; i++)
            {
                var v = (uint)((multipliers[i] * shingle + offsets[i]) >> 32);
                if (v < values[i]) values[i] = v;
            }
        }
        return new MinHashSignature((byte)ShingleSize, (ushort)BandCount, values);
    }
}
