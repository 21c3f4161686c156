using Nexus.Ingestion.Dedup;
using Nexus.Ingestion.Tests.TestSupport;

namespace Nexus.Ingestion.Tests.Dedup;

public sealed class MinHashSignatureTests
{
    [Fact]
    public void Bytes_round_trip_keeps_values_and_band_keys()
    {
        var signature = new MinHasher().Compute(Seeds.TextOf("000"));

        var bytes = signature.ToBytes();
        var back = MinHashSignature.FromBytes(bytes);

        Assert.Equal(6 + 128 * 4, bytes.Length);
        Assert.Equal(signature.Values, back.Values);
        Assert.Equal(signature.BandKeys(), back.BandKeys());
        Assert.Equal(1.0, back.EstimateJaccard(signature));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 9, 5, 16, 0, 128, 0 })]
    [InlineData(new byte[] { 1, 5, 16, 0, 128, 0, 1, 2, 3 })]
    public void Corrupt_bytes_are_refused(byte[] bytes) =>
        Assert.Throws<FormatException>(() => MinHashSignature.FromBytes(bytes));
}
