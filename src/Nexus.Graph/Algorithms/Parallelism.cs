namespace Nexus.Graph.Algorithms;

/// <summary>How many threads the large-graph algorithms may use (default: every core). Benchmarks set 1 to compare with single-threaded libraries.</summary>
public static class Parallelism
{
    private static int _maxThreads = Environment.ProcessorCount;

    public static int MaxThreads
    {
        get => _maxThreads;
        set => _maxThreads = Math.Max(1, value);
    }
}
