using BenchmarkDotNet.Attributes;
using Nexus.Ingestion.Dedup;

namespace Nexus.Benchmarks.Ingestion;

/// <summary>
/// Finding the original of a syndicated copy among 10,000 stored articles: LSH band lookup against the
/// baseline of comparing the copy's signature with every stored one.
/// </summary>
public class NearDuplicateLookupBenchmarks
{
    private const int Stored = 10_000;
    private readonly NearDuplicateIndex<int> index = new();
    private readonly List<MinHashSignature> all = [];
    private MinHashSignature copy = null!;

    [GlobalSetup]
    public void Setup()
    {
        var hasher = new MinHasher();
        var random = new Random(7);
        var vocabulary = Enumerable.Range(0, 5000).Select(i => "w" + i).ToArray();
        string Article() => string.Join(' ', Enumerable.Range(0, 400).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var original = Article();
        for (var i = 0; i < Stored; i++)
        {
            var signature = hasher.Compute(i == Stored / 2 ? original : Article());
            all.Add(signature);
            index.Add(i, signature);
        }
        copy = hasher.Compute("Reposted by a partner site. " + original + " Follow us for more.");
    }

    [Benchmark(Baseline = true)]
    public int LinearScan()
    {
        for (var i = 0; i < all.Count; i++)
            if (all[i].IsNearDuplicateOf(copy)) return i;
        return -1;
    }

    [Benchmark]
    public int BandLookup() => index.TryFindNearDuplicate(copy, out var id, out _) ? id : -1;
}
