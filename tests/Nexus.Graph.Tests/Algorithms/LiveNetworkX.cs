using System.Diagnostics;

namespace Nexus.Graph.Tests.Algorithms;

/// <summary>
/// Runs Expected/make_expected.py with Debian's python3-networkx (installed by scripts/test-deps.sh) into a
/// temporary folder once per test run, so the reference values come from NetworkX itself, not only from the
/// checked-in copies.
/// </summary>
public static class LiveNetworkX
{
    private const string Python = "/usr/bin/python3";

    private static readonly Lazy<string> Output = new(Run);

    public static string Directory => Output.Value;

    private static string Run()
    {
        var output = Path.Combine(Path.GetTempPath(), "nexus-networkx-" + Environment.ProcessId);
        System.IO.Directory.CreateDirectory(output);
        var script = Path.Combine(AppContext.BaseDirectory, "Expected", "make_expected.py");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, SharedData.PathOf("dark-networks"), output }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {Python}");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"NetworkX reference run failed (needs Debian's python3-networkx: scripts/test-deps.sh): {stderr.Result.Trim()}");
        return output;
    }
}
