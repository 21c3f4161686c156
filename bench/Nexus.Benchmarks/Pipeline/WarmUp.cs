using System.Diagnostics;
using System.Globalization;

namespace Nexus.Benchmarks.Pipeline;

/// <summary>
/// Runs a pass over the articles until the process runs steady. After the first pass the runtime keeps
/// compiling hot methods again, optimised, on a background thread (tiered compilation; several CPU seconds
/// here, the source-generated regexes being the largest methods), and the early passes run slower code:
/// timing them measures the JIT, not the pipeline. "auto" repeats passes until the other threads' CPU
/// (JIT, GC) in one pass is under 2 % of the pass's own thread CPU; a number runs exactly that many passes.
/// </summary>
internal static class WarmUp
{
    private const int MaxPasses = 40;

    /// <summary>Runs the passes and prints what they cost, so the cold cost stays visible next to the steady figures.</summary>
    public static void Run(string mode, Action pass)
    {
        var fixedPasses = mode == "auto" ? (int?)null : int.Parse(mode, CultureInfo.InvariantCulture);
        var process = Process.GetCurrentProcess();
        var wall = Stopwatch.StartNew();
        var cpuStart = process.TotalProcessorTime.TotalSeconds;
        var passes = 0;
        double firstWall = 0, lastOwn = 0, lastOther = 0;
        while (passes < (fixedPasses ?? MaxPasses))
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime.TotalSeconds;
            var own0 = ThreadCpuClock.Now();
            var passWall = Stopwatch.StartNew();
            pass();
            if (passes++ == 0) firstWall = passWall.Elapsed.TotalSeconds;
            lastOwn = ThreadCpuClock.Now() - own0;
            process.Refresh();
            lastOther = process.TotalProcessorTime.TotalSeconds - cpu0 - lastOwn;
            if (fixedPasses is null && passes > 1 && lastOther < 0.02 * lastOwn) break;
        }
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up: {passes} passes ({mode}), {wall.Elapsed.TotalSeconds:F1} s wall, {process.TotalProcessorTime.TotalSeconds - cpuStart:F1} s process CPU; first pass (cold) {firstWall:F2} s wall; last pass {lastOwn:F2} s thread CPU + {lastOther:F2} s other threads"));
    }
}
