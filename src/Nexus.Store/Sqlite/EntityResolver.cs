using Microsoft.Data.Sqlite;
using Nexus.Core.Entities;

namespace Nexus.Store.Sqlite;

/// <summary>
/// Finds or creates the store-wide entity for each entity of one article: first by knowledge-base id,
/// then by the key of its canonical name, then by a unique store entity of the same type that has that
/// name as an alias. New aliases are remembered, so later articles can be matched by any name seen so far.
/// Statements are prepared once per article, since an article names dozens of entities.
/// </summary>
internal sealed class EntityResolver : IDisposable
{
    private readonly SqliteCommand _byKb;
    private readonly SqliteCommand _byName;
    private readonly SqliteCommand _byAlias;
    private readonly SqliteCommand _create;
    private readonly SqliteCommand _addAlias;

    public EntityResolver(SqliteConnection c, SqliteTransaction tx)
    {
        _byKb = SqliteKnowledgeStore.Command(c, tx, "SELECT id FROM entities WHERE kb_id = $kb", ("$kb", ""));
        _byName = SqliteKnowledgeStore.Command(c, tx,
            "SELECT id FROM entities WHERE name_key = $k AND (kb_id IS NULL OR $kb IS NULL) ORDER BY id LIMIT 1", ("$k", ""), ("$kb", null));
        _byAlias = SqliteKnowledgeStore.Command(c, tx,
            "SELECT DISTINCT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = $k AND e.type = $t LIMIT 2",
            ("$k", ""), ("$t", ""));
        _create = SqliteKnowledgeStore.Command(c, tx,
            "INSERT INTO entities (name, type, kb_id, name_key) VALUES ($n, $t, $kb, $k) RETURNING id", ("$n", ""), ("$t", ""), ("$kb", null), ("$k", ""));
        _addAlias = SqliteKnowledgeStore.Command(c, tx,
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($e, $a, $k)", ("$e", 0L), ("$a", ""), ("$k", ""));
    }

    public Dictionary<string, long> ResolveAll(IEnumerable<Entity> entities)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            var key = NameKey.Of(e.Name);
            var id = Find(e, key) ?? Create(e, key);
            ids[e.Id] = id;
            foreach (var alias in e.Aliases.Append(e.Name).Distinct(StringComparer.Ordinal))
                Run(_addAlias, ("$e", id), ("$a", alias), ("$k", alias == e.Name ? key : NameKey.Of(alias))).ExecuteNonQuery();
        }
        return ids;
    }

    private long? Find(Entity e, string key)
    {
        if (e.KnowledgeBaseId is not null && Run(_byKb, ("$kb", e.KnowledgeBaseId)).ExecuteScalar() is long byKb) return byKb;
        if (Run(_byName, ("$k", key), ("$kb", e.KnowledgeBaseId)).ExecuteScalar() is long byName) return byName;
        using var r = Run(_byAlias, ("$k", key), ("$t", e.Type.ToString())).ExecuteReader();
        long? only = r.Read() ? r.GetInt64(0) : null;
        return only is not null && !r.Read() ? only : null;
    }

    private long Create(Entity e, string key) =>
        (long)Run(_create, ("$n", e.Name), ("$t", e.Type.ToString()), ("$kb", e.KnowledgeBaseId), ("$k", key)).ExecuteScalar()!;

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
