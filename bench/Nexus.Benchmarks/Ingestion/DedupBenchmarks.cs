using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Nexus.Ingestion.Dedup;

namespace Nexus.Benchmarks.Ingestion;

/// <summary>
/// The cost of near-duplicate detection per article: a MinHash signature (128 hashes over 5-word
/// shingles) against the baseline of the SHA-256 that exact-duplicate detection already pays.
/// </summary>
[MemoryDiagnoser]
public class DedupBenchmarks
{
    private readonly MinHasher hasher = new();
    private string[] texts = [];
    private MinHashSignature[] signatures = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = [.. Enumerable.Range(0, SeedCorpus.PlainTexts.Count).Select(SeedCorpus.Text)];
        signatures = [.. texts.Select(hasher.Compute)];
    }

    [Benchmark(Baseline = true)]
    public int Sha256() => texts.Sum(t => SHA256.HashData(Encoding.UTF8.GetBytes(t))[0]);

    [Benchmark]
    public int MinHashSignatures() => texts.Sum(t => (int)(hasher.Compute(t).Values[0] & 1));

    [Benchmark]
    public int BandKeysAndBytes() => signatures.Sum(s => s.BandKeys().Count + s.ToBytes().Length);
}
