namespace Nexus.Benchmarks.Pipeline;

/// <summary>CPU seconds and bytes allocated per named stage, summed over calls, in the order stages were first seen.</summary>
internal sealed class StageTimes
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (double Seconds, long Bytes)> _sums = new(StringComparer.Ordinal);

    public double this[string stage] => _sums[stage].Seconds;

    public double Total => _sums.Values.Sum(s => s.Seconds);

    public long TotalBytes => _sums.Values.Sum(s => s.Bytes);

    public IEnumerable<(string Name, double Seconds, long Bytes)> All => _order.Select(n => (n, _sums[n].Seconds, _sums[n].Bytes));

    public T Time<T>(string stage, Func<T> work)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var start = ThreadCpuClock.Now();
        var result = work();
        var spent = ThreadCpuClock.Now() - start;
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        if (!_sums.TryGetValue(stage, out var sum)) _order.Add(stage);
        _sums[stage] = (sum.Seconds + spent, sum.Bytes + bytes);
        return result;
    }
}
