namespace Nexus.Ingestion.Ingest;

/// <summary>What became of one input article.</summary>
public enum IngestOutcome
{
    /// <summary>Stored as new evidence.</summary>
    New,

    /// <summary>The same text is already stored: nothing was written.</summary>
    Duplicate,

    /// <summary>A near-duplicate (syndicated copy) of a stored article: stored as a copy, not as new evidence.</summary>
    NearDuplicate,

    /// <summary>Could not be read; the reason went to the error callback.</summary>
    Failed,
}
