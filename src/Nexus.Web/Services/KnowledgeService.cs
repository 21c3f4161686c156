using Nexus.Core.Knowledge;
using Nexus.Store;

namespace Nexus.Web.Services;

/// <summary>
/// The one door to the store for the web server. Writes are serialised, and reads too unless the
/// store is thread-safe; the whole-store index is rebuilt only after a write through this server, or after
/// <see cref="IndexTtl"/> in case another process (nexus ingest) wrote meanwhile.
/// </summary>
public sealed class KnowledgeService(IKnowledgeStore store, bool serializeReads = true) : IDisposable
{
    public static readonly TimeSpan IndexTtl = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly Lock _indexGate = new();
    private KnowledgeIndex? _index;
    private DateTime _indexBuiltAt;
    private long _version;

    /// <summary>Bumped by every write; caches keyed on it drop stale results.</summary>
    public long Version => Interlocked.Read(ref _version);

    public T Read<T>(Func<IKnowledgeStore, T> query)
    {
        if (!serializeReads) return query(store);
        lock (_gate) return query(store);
    }

    public T Write<T>(Func<IKnowledgeStore, T> change)
    {
        try
        {
            lock (_gate) return change(store);
        }
        finally
        {
            Interlocked.Increment(ref _version);
            lock (_indexGate) _index = null;
        }
    }

    public KnowledgeIndex Index()
    {
        lock (_indexGate)
        {
            if (_index is not null && DateTime.UtcNow - _indexBuiltAt < IndexTtl) return _index;
            var snapshot = Read(s => s.Snapshot());
            _index = new KnowledgeIndex(snapshot, Version);
            _indexBuiltAt = DateTime.UtcNow;
            return _index;
        }
    }

    public void Dispose() => store.Dispose();
}
