using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Nexus.Benchmarks.Pipeline;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), so a stage's cost is not inflated by other
/// processes on a shared machine; falls back to wall-clock time where that clock is not available.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    private static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    public static bool IsThreadCpu => Available;

    /// <summary>Seconds of this thread's CPU time (or of wall time when unavailable).</summary>
    public static double Now() => Available && TryRead(out var s) ? s : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    private static bool TryRead(out double seconds)
    {
        seconds = 0;
        try
        {
            if (ClockGetTime(ClockThreadCpuTime, out var ts) != 0) return false;
            seconds = ts.Seconds + ts.Nanoseconds / 1e9;
            return true;
        }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
