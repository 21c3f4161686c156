using Nexus.Ingestion.Dedup;
using Nexus.Ingestion.Tests.TestSupport;

namespace Nexus.Ingestion.Tests.Dedup;

public sealed class NearDuplicateIndexTests
{
    private readonly MinHasher hasher = new();

    [Fact]
    public void Finds_the_first_stored_original_of_a_syndicated_copy()
    {
        var index = new NearDuplicateIndex<string>();
        foreach (var seed in new[] { "000", "001", "002" })
            index.Add(seed, hasher.Compute(Seeds.TextOf(seed)));
        index.Add("001-again", hasher.Compute(Seeds.TextOf("001")));

        var found = index.TryFindNearDuplicate(hasher.Compute(MinHasherTests.SyndicatedCopy(Seeds.TextOf("001"))), out var id, out var jaccard);

        Assert.True(found);
        Assert.Equal("001", id);
        Assert.True(jaccard >= MinHasher.NearDuplicateThreshold);
    }

    [Fact]
    public void A_new_article_has_no_near_duplicate()
    {
        var index = new NearDuplicateIndex<int>();
        index.Add(1, hasher.Compute(Seeds.TextOf("000")));
        index.Add(2, hasher.Compute(Seeds.TextOf("001")));

        Assert.False(index.TryFindNearDuplicate(hasher.Compute(Seeds.TextOf("002")), out _, out _));
    }
}
