using System.Diagnostics;
using Nexus.Extraction.Lexicon;
using Nexus.Extraction.Relations;

namespace Nexus.Benchmarks.Claims;

/// <summary>Development aid: compile and match time of every relation pattern over a set of sentence views, slowest first.</summary>
public static class PatternProfile
{
    public static void Print(IReadOnlyList<string> views, int top = 15)
    {
        var matcher = new RelationPatternMatcher(RelationLexicon.Default);
        var rows = new List<(double Compile, double Match, string Rule, string Cue)>();
        foreach (var p in matcher.Patterns)
        {
            var sw = Stopwatch.StartNew();
            _ = p.Regex;
            var compile = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            foreach (var v in views) if (p.MayMatch(v)) p.Regex.Matches(v).Count.ToString();
            var first = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            foreach (var v in views) if (p.MayMatch(v)) p.Regex.Matches(v).Count.ToString();
            rows.Add((first, sw.Elapsed.TotalMilliseconds, p.RuleId, p.Cue.Cue));
        }
        Console.Error.WriteLine($"PROFILE first pass total {rows.Sum(r => r.Compile):F0} ms, match total {rows.Sum(r => r.Match):F0} ms over {views.Count} sentences");
        foreach (var r in rows.OrderByDescending(r => r.Match).Take(top)) Console.Error.WriteLine($"PROFILE match {r.Match,8:F1} ms compile {r.Compile,6:F1} {r.Rule} {r.Cue}");
    }
}
