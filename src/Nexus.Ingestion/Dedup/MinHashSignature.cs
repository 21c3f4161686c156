using System.Buffers.Binary;

namespace Nexus.Ingestion.Dedup;

/// <summary>
/// The MinHash signature of one text: the minimum of each hash function over its shingles.
/// Stored as bytes (<see cref="ToBytes"/>) and looked up by <see cref="BandKeys"/> (LSH banding),
/// so a new article is compared only with the few stored ones that share a band.
/// </summary>
public sealed class MinHashSignature
{
    private const byte FormatVersion = 1;
    private const int HeaderLength = 6; // version, shingle size, band count (u16), hash count (u16)

    private readonly uint[] values;

    internal MinHashSignature(byte shingleSize, ushort bandCount, uint[] values)
    {
        if (bandCount == 0 || values.Length % bandCount != 0)
            throw new ArgumentException($"{values.Length} values cannot be split into {bandCount} bands");
        ShingleSize = shingleSize;
        BandCount = bandCount;
        this.values = values;
    }

    public int ShingleSize { get; }

    public int BandCount { get; }

    public int HashCount => values.Length;

    public IReadOnlyList<uint> Values => values;

    /// <summary>Fraction of hash functions on which both signatures agree: an unbiased estimate of the shingle-set Jaccard.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.ShingleSize != ShingleSize || other.values.Length != values.Length)
            throw new ArgumentException("signatures were computed with different shingle sizes or hash counts", nameof(other));
        var same = 0;
        for (var i = 0; i < values.Length; i++)
            if (values[i] == other.values[i]) same++;
        return (double)same / values.Length;
    }

    public bool IsNearDuplicateOf(MinHashSignature other) => EstimateJaccard(other) >= MinHasher.NearDuplicateThreshold;

    /// <summary>
    /// One key per band: a hash of the band's rows and its index. Two signatures that share any key
    /// are candidates for a near-duplicate check; keys of different bands never collide by design.
    /// </summary>
    public IReadOnlyList<long> BandKeys()
    {
        var rows = values.Length / BandCount;
        var keys = new long[BandCount];
        for (var b = 0; b < BandCount; b++)
        {
            var h = ShingleHasher.Mix(((ulong)ShingleSize << 48) ^ ((ulong)rows << 32) ^ (ulong)b);
            for (var r = 0; r < rows; r++)
                h = ShingleHasher.Mix(h ^ values[b * rows + r]);
            keys[b] = unchecked((long)h);
        }
        return keys;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderLength + values.Length * sizeof(uint)];
        bytes[0] = FormatVersion;
        bytes[1] = (byte)ShingleSize;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), (ushort)BandCount);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), (ushort)values.Length);
        for (var i = 0; i < values.Length; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(HeaderLength + i * sizeof(uint)), values[i]);
        return bytes;
    }

    public static MinHashSignature FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < HeaderLength || bytes[0] != FormatVersion)
            throw new FormatException("not a MinHash signature (unknown format version)");
        var bandCount = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(2));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4));
        if (bytes.Length != HeaderLength + count * sizeof(uint) || bandCount == 0 || count % bandCount != 0)
            throw new FormatException("MinHash signature has an inconsistent length");
        var values = new uint[count];
        for (var i = 0; i < count; i++)
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(HeaderLength + i * sizeof(uint)));
        return new MinHashSignature(bytes[1], bandCount, values);
    }
}
