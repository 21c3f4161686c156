using Microsoft.Data.Sqlite;
using Nexus.Core.Entities;

namespace Nexus.Store.Sqlite;

/// <summary>
/// Finds or creates the store-wide entity for each entity of one article: first by knowledge-base id,
/// then by the key of its canonical name, then by a unique store entity of the same type that has that
/// name as an alias. New aliases are remembered, so later articles can be matched by any name seen so far.
/// Lives as long as the writer's connection: statements are prepared once, and answers that later inserts
/// cannot change (an entity's id by KB id, the lowest id with a name key, an alias already stored) are cached.
/// The caches take an article's findings only once it commits, and are cleared when another connection has
/// written to the store (<see cref="Forget"/>).
/// </summary>
internal sealed class EntityResolver : IDisposable
{
    private const int CacheLimit = 500_000;

    private readonly SqliteCommand _byKb;
    private readonly SqliteCommand _byName;
    private readonly SqliteCommand _byAlias;
    private readonly SqliteCommand _create;
    private readonly SqliteCommand _addAlias;
    private readonly Dictionary<string, long> _kbIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Key, bool AnyKb), long> _nameIds = [];
    private readonly HashSet<(long Entity, string Alias)> _aliases = [];
    private readonly List<Action> _pending = [];

    public EntityResolver(SqliteConnection c)
    {
        _byKb = SqliteKnowledgeStore.Command(c, null, "SELECT id FROM entities WHERE kb_id = $kb", ("$kb", ""));
        _byName = SqliteKnowledgeStore.Command(c, null,
            "SELECT id FROM entities WHERE name_key = $k AND (kb_id IS NULL OR $kb IS NULL) ORDER BY id LIMIT 1", ("$k", ""), ("$kb", null));
        _byAlias = SqliteKnowledgeStore.Command(c, null,
            "SELECT DISTINCT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = $k AND e.type = $t LIMIT 2",
            ("$k", ""), ("$t", ""));
        _create = SqliteKnowledgeStore.Command(c, null,
            "INSERT INTO entities (name, type, kb_id, name_key) VALUES ($n, $t, $kb, $k) RETURNING id", ("$n", ""), ("$t", ""), ("$kb", null), ("$k", ""));
        _addAlias = SqliteKnowledgeStore.Command(c, null,
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($e, $a, $k)", ("$e", 0L), ("$a", ""), ("$k", ""));
    }

    public Dictionary<string, long> ResolveAll(SqliteTransaction tx, IEnumerable<Entity> entities)
    {
        foreach (var cmd in new[] { _byKb, _byName, _byAlias, _create, _addAlias }) cmd.Transaction = tx;
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var seen = new HashSet<(long, string)>();
        foreach (var e in entities)
        {
            var key = NameKey.Of(e.Name);
            var id = Find(e, key) ?? Create(e, key);
            ids[e.Id] = id;
            foreach (var alias in e.Aliases.Append(e.Name).Distinct(StringComparer.Ordinal))
            {
                if (_aliases.Contains((id, alias)) || !seen.Add((id, alias))) continue;
                Run(_addAlias, ("$e", id), ("$a", alias), ("$k", alias == e.Name ? key : NameKey.Of(alias))).ExecuteNonQuery();
                _pending.Add(() => _aliases.Add((id, alias)));
            }
        }
        return ids;
    }

    /// <summary>The article committed: what it found may be cached.</summary>
    public void Committed()
    {
        if (_aliases.Count + _nameIds.Count + _kbIds.Count > CacheLimit) Forget();
        foreach (var add in _pending) add();
        _pending.Clear();
    }

    /// <summary>The article rolled back: nothing it found may be cached.</summary>
    public void RolledBack() => _pending.Clear();

    /// <summary>Drops every cached answer (another connection wrote to the store).</summary>
    public void Forget()
    {
        _kbIds.Clear();
        _nameIds.Clear();
        _aliases.Clear();
    }

    private long? Find(Entity e, string key)
    {
        if (e.KnowledgeBaseId is { } kb)
        {
            if (_kbIds.TryGetValue(kb, out var cachedKb)) return cachedKb;
            if (Run(_byKb, ("$kb", kb)).ExecuteScalar() is long byKb)
            {
                _pending.Add(() => _kbIds[kb] = byKb);
                return byKb;
            }
        }
        var nameKey = (key, e.KnowledgeBaseId is null);
        if (_nameIds.TryGetValue(nameKey, out var cachedName)) return cachedName;
        if (Run(_byName, ("$k", key), ("$kb", e.KnowledgeBaseId)).ExecuteScalar() is long byName)
        {
            // The lowest matching id: rows inserted later have higher ids, so the answer holds until a row is deleted elsewhere.
            _pending.Add(() => _nameIds[nameKey] = byName);
            return byName;
        }
        using var r = Run(_byAlias, ("$k", key), ("$t", e.Type.ToString())).ExecuteReader();
        long? only = r.Read() ? r.GetInt64(0) : null;
        return only is not null && !r.Read() ? only : null;
    }

    private long Create(Entity e, string key)
    {
        var id = (long)Run(_create, ("$n", e.Name), ("$t", e.Type.ToString()), ("$kb", e.KnowledgeBaseId), ("$k", key)).ExecuteScalar()!;
        if (e.KnowledgeBaseId is { } kb) _pending.Add(() => _kbIds[kb] = id);
        return id;
    }

    private static SqliteCommand Run(SqliteCommand cmd, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) cmd.Parameters[name].Value = value ?? DBNull.Value;
        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in new[] { _byKb, _byName, _byAlias, _create, _addAlias }) cmd.Dispose();
    }
}
