using System.CommandLine;
using Nexus.Cli.Infrastructure;
using Nexus.Graph.Threads;

namespace Nexus.Cli.Commands;

/// <summary>`nexus threads`: the stored articles as story threads, newest first, each dot with what it added.</summary>
public static class ThreadsCommand
{
    public static Command Create()
    {
        var q = new GraphQueryOptions();
        var threshold = new Option<double>("--threshold") { Description = "How alike two articles must be to share a thread (0-1)", DefaultValueFactory = _ => new ThreadOptions().Threshold };
        var command = new Command("threads", "Group articles into story threads by shared actors, words and time; newest first") { q.Db, q.AsOf, q.From, q.To, q.Json, threshold };
        command.SetAction(parse =>
        {
            var threads = StoryThreads.Build(q.Snapshot(parse), q.Window(parse), new ThreadOptions(Threshold: parse.GetValue(threshold)));
            if (parse.GetValue(q.Json))
            {
                JsonOutput.Print(threads);
                return ExitCodes.Ok;
            }
            var o = Console.Out;
            o.WriteLine($"{threads.Length} thread(s)");
            foreach (var t in threads)
            {
                o.WriteLine($"\n== thread {t.Index}: {t.Dots.Length} article(s), {t.First:yyyy-MM-dd} .. {t.Last:yyyy-MM-dd}");
                o.WriteLine($"   actors: {string.Join(", ", t.Actors.Take(10))}{(t.Actors.Length > 10 ? ", …" : "")}");
                foreach (var d in t.Dots)
                {
                    o.WriteLine($"   * {d.Date}  {d.Outlet}  {d.Title ?? "(untitled)"}{(d.Copies.Length > 0 ? $"  (+{d.Copies.Length} cop{(d.Copies.Length == 1 ? "y" : "ies")})" : "")}");
                    if (d.NewActors.Length > 0) o.WriteLine($"       new actors: {string.Join(", ", d.NewActors)}");
                    foreach (var tie in d.NewTies.Take(12)) o.WriteLine($"       + {tie}");
                    if (d.NewTies.Length > 12) o.WriteLine($"       + … {d.NewTies.Length - 12} more ties");
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
