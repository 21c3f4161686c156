using Nexus.Ingestion.Dedup;
using Nexus.Ingestion.Tests.TestSupport;

namespace Nexus.Ingestion.Tests.Dedup;

public sealed class MinHasherTests
{
    private readonly MinHasher hasher = new();

    [Fact]
    public void Identical_text_has_jaccard_one()
    {
        var text = Seeds.TextOf("001");
        Assert.Equal(1.0, hasher.Compute(text).EstimateJaccard(hasher.Compute(text)));
    }

    [Fact]
    public void Case_quotes_and_whitespace_do_not_change_the_signature()
    {
        var a = hasher.Compute("Pakistan’s ISI has long viewed militant groups as convenient instruments of foreign policy.");
        var b = hasher.Compute("PAKISTAN'S  ISI has long viewed\nmilitant groups, as convenient instruments of foreign policy");
        Assert.Equal(a.Values, b.Values);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void Syndicated_copy_with_new_header_footer_and_edits_is_a_near_duplicate(string seed)
    {
        var original = Seeds.TextOf(seed);
        var copy = SyndicatedCopy(original);

        var jaccard = hasher.Compute(original).EstimateJaccard(hasher.Compute(copy));

        Assert.InRange(jaccard, MinHasher.NearDuplicateThreshold, 0.999);
    }

    [Fact]
    public void Different_articles_have_low_jaccard()
    {
        var signatures = new[] { "000", "001", "002" }.Select(s => hasher.Compute(Seeds.TextOf(s))).ToArray();
        for (var i = 0; i < signatures.Length; i++)
            for (var j = i + 1; j < signatures.Length; j++)
                Assert.True(signatures[i].EstimateJaccard(signatures[j]) < 0.1, $"seeds {i} and {j} look alike");
    }

    [Fact]
    public void Near_duplicates_share_band_keys_and_different_articles_do_not()
    {
        var original = hasher.Compute(Seeds.TextOf("001"));
        var copy = hasher.Compute(SyndicatedCopy(Seeds.TextOf("001")));
        var other = hasher.Compute(Seeds.TextOf("002"));

        Assert.Equal(MinHasher.DefaultBandCount, original.BandKeys().Count);
        Assert.NotEmpty(original.BandKeys().Intersect(copy.BandKeys()));
        Assert.Empty(original.BandKeys().Intersect(other.BandKeys()));
    }

    [Fact]
    public void Signatures_are_deterministic_across_hasher_instances()
    {
        var text = Seeds.TextOf("002");
        Assert.Equal(new MinHasher().Compute(text).Values, new MinHasher().Compute(text).Values);
    }

    [Fact]
    public void Jaccard_estimate_tracks_the_true_shingle_overlap()
    {
        // 200 distinct words; the second text keeps the first 150 and replaces the rest: true Jaccard of
        // 5-shingles = 146 / (196 + 50) ≈ 0.59. The estimate from 128 hashes should be within ±0.15.
        var words = Enumerable.Range(0, 200).Select(i => "w" + i).ToArray();
        var changed = words.Take(150).Concat(Enumerable.Range(0, 50).Select(i => "x" + i)).ToArray();
        var estimate = hasher.Compute(string.Join(' ', words)).EstimateJaccard(hasher.Compute(string.Join(' ', changed)));
        Assert.InRange(estimate, 146.0 / 246 - 0.15, 146.0 / 246 + 0.15);
    }

    [Fact]
    public void Text_shorter_than_a_shingle_still_gets_a_comparable_signature()
    {
        Assert.Equal(1.0, hasher.Compute("Two words").EstimateJaccard(hasher.Compute("two WORDS")));
        Assert.True(hasher.Compute("Two words").EstimateJaccard(hasher.Compute("Three words")) < 0.1);
    }

    [Fact]
    public void Signatures_of_different_shingle_sizes_are_not_compared()
    {
        var a = new MinHasher(shingleSize: 3).Compute("a b c d e f");
        var b = hasher.Compute("a b c d e f");
        Assert.Throws<ArgumentException>(() => a.EstimateJaccard(b));
    }

    /// <summary>What a syndicating site does: its own header and footer and three words edited in the body.</summary>
    internal static string SyndicatedCopy(string original)
    {
        var body = original;
        foreach (var fraction in new[] { 0.25, 0.5, 0.75 })
        {
            var at = body.IndexOf(' ', (int)(body.Length * fraction));
            body = body[..at] + " reportedly" + body[at..];
        }
        return "Reposted from our partners | Subscribe for updates\n\n" + body +
               "\n\nCopyright 2026 Example Syndicate. All rights reserved. Follow us on social media.";
    }
}
