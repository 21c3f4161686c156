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
    private int _refreshing;

    public ParagraphCache Paragraphs { get; } = new();

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

    /// <summary>
    /// The current index. After a write here it is rebuilt before anyone reads; when merely old (another
    /// process may have written) one background rebuild runs while readers keep the old one, so no
    /// request ever waits on a refresh of a large store.
    /// </summary>
    public KnowledgeIndex Index()
    {
        var current = Volatile.Read(ref _index);
        if (current is not null)
        {
            if (DateTime.UtcNow - _indexBuiltAt >= IndexTtl && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
                _ = Task.Run(() =>
                {
                    try { Rebuild(current); }
                    finally { Volatile.Write(ref _refreshing, 0); }
                });
            return current;
        }
        lock (_indexGate) return Volatile.Read(ref _index) ?? Rebuild(null);
    }

    private KnowledgeIndex Rebuild(KnowledgeIndex? expected)
    {
        var version = Version;
        var index = new KnowledgeIndex(Read(s => s.Snapshot()), version);
        lock (_indexGate)
        {
            // A write since we started makes this index stale already: leave the slot empty for a fresh build.
            if (Version == version && (expected is null || ReferenceEquals(_index, expected) || _index is null))
            {
                _index = index;
                _indexBuiltAt = DateTime.UtcNow;
            }
        }
        return index;
    }

    public void Dispose() => store.Dispose();
}
