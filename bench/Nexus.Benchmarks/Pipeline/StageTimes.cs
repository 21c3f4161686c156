namespace Nexus.Benchmarks.Pipeline;

/// <summary>CPU seconds per named stage, summed over calls, in the order stages were first seen.</summary>
internal sealed class StageTimes
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, double> _seconds = new(StringComparer.Ordinal);

    public double this[string stage] => _seconds[stage];

    public double Total => _seconds.Values.Sum();

    public IEnumerable<(string Name, double Seconds)> All => _order.Select(n => (n, _seconds[n]));

    public T Time<T>(string stage, Func<T> work)
    {
        var start = ThreadCpuClock.Now();
        var result = work();
        var spent = ThreadCpuClock.Now() - start;
        if (!_seconds.TryGetValue(stage, out var sum)) _order.Add(stage);
        _seconds[stage] = sum + spent;
        return result;
    }
}
