namespace Nexus.Ingestion.Reading;

/// <summary>Limits on what a reader accepts.</summary>
public sealed record ReaderOptions
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Files (and stdin) larger than this are refused rather than read.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
