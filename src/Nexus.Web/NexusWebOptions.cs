using Nexus.Core.Articles;
using Nexus.Ingestion.Ingest;
using Nexus.Store;

namespace Nexus.Web;

/// <summary>How to run the workbench: which store, where to listen, the write token and the limits.</summary>
public sealed record NexusWebOptions
{
    /// <summary>The store the server reads and writes; the server disposes it when it stops.</summary>
    public required IKnowledgeStore Store { get; init; }

    /// <summary>Loopback only unless told otherwise: reads are open to whoever can connect.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Bearer token that writes (ingest, review, merges) need; null disables every write.</summary>
    public string? Token { get; init; } = Environment.GetEnvironmentVariable("NEXUS_TOKEN");

    /// <summary>Ingests articles for POST /api/ingest (extraction plus near-duplicate checks), on this options' store.</summary>
    public Ingester? Ingester { get; init; }

    /// <summary>Without an <see cref="Ingester"/>: turns an article into its extraction, stored as is. Neither: ingest is off.</summary>
    public Func<Article, ArticleExtraction>? Extractor { get; init; }

    /// <summary>False for a store that may be called from many threads at once (SQLite opens a connection per call).</summary>
    public bool SerializeStoreAccess { get; init; } = true;

    /// <summary>Folder of the built UI; defaults to wwwroot/ beside the binary.</summary>
    public string? StaticRoot { get; init; }

    /// <summary>Largest request body accepted (ingest uploads included).</summary>
    public long MaxRequestBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Largest single article accepted by ingest.</summary>
    public long MaxArticleBytes { get; init; } = 2 * 1024 * 1024;
}
