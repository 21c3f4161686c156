using Nexus.Ingestion.Ingest;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>Runs an ingest with a progress bar on a terminal (Spectre.Console, on stderr) and silently otherwise.</summary>
public static class IngestProgress
{
    public static IngestSummary Run(Ingester ingester, IReadOnlyList<string> inputs)
    {
        static void Error(string message) => Console.Error.WriteLine($"nexus: {message}");
        if (Console.IsErrorRedirected || inputs.Count < 2)
            return ingester.IngestAll(inputs, onError: Error);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary? summary = null;
        var errors = new List<string>();
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingesting", maxValue: inputs.Count);
                // A JSON Lines file yields many articles: advance per input file, counting articles in the summary.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                summary = ingester.IngestAll(inputs, (source, _) => { if (seen.Add(source)) task.Increment(1); }, errors.Add);
                task.Value = task.MaxValue;
            });
        errors.ForEach(Error);
        return summary!;
    }
}
