using BenchmarkDotNet.Attributes;
using Nexus.Ingestion.Reading;

namespace Nexus.Benchmarks.Ingestion;

/// <summary>
/// Reading the three seeds in each input format, against the baseline of only decoding their bytes
/// (UTF-8 validation and string creation): the ratio is what format parsing, metadata and furniture rules cost.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private readonly ArticleReader reader = new(new ReaderOptions());
    private byte[][] plain = [];
    private byte[][] html = [];
    private byte[] jsonLines = [];

    [GlobalSetup]
    public void Setup()
    {
        plain = [.. SeedCorpus.PlainTexts];
        html = [.. Enumerable.Range(0, plain.Length).Select(SeedCorpus.AsHtml)];
        jsonLines = SeedCorpus.AsJsonLines();
    }

    [Benchmark(Baseline = true)]
    public int DecodeOnly()
    {
        var chars = 0;
        foreach (var bytes in plain)
            if (TextDecoder.TryDecode(bytes, out var decoded, out _)) chars += decoded.Text.Length;
        return chars;
    }

    [Benchmark]
    public int PlainText() => plain.Sum(b => reader.ReadStream(new MemoryStream(b), "seed.txt", ".txt").Count);

    [Benchmark]
    public int Html() => html.Sum(b => reader.ReadStream(new MemoryStream(b), "seed.html", ".html").Count);

    [Benchmark]
    public int JsonLines() => reader.ReadStream(new MemoryStream(jsonLines), "seeds.jsonl", ".jsonl").Count;
}
