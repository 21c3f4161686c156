using System.Globalization;

namespace Nexus.Ingestion.Ingest;

/// <summary>Counts for one ingest run, and its rate.</summary>
public sealed class IngestSummary
{
    public int Read { get; private set; }

    public int New { get; private set; }

    public int Duplicate { get; private set; }

    public int NearDuplicate { get; private set; }

    public int Failed { get; private set; }

    public TimeSpan Elapsed { get; set; }

    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;

    public void Count(IngestOutcome outcome)
    {
        Read++;
        switch (outcome)
        {
            case IngestOutcome.New: New++; break;
            case IngestOutcome.Duplicate: Duplicate++; break;
            case IngestOutcome.NearDuplicate: NearDuplicate++; break;
            default: Failed++; break;
        }
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"read {Read}, new {New}, duplicate {Duplicate}, near-duplicate {NearDuplicate}, failed {Failed}; {ArticlesPerSecond:F1} articles/s");
}
