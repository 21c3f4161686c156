using Microsoft.Data.Sqlite;
using Nexus.Core.Entities;

namespace Nexus.Store.Sqlite;

/// <summary>
/// Finds or creates the store-wide entity for each entity of one article: first by knowledge-base id,
/// then by the key of its canonical name, then by a unique store entity that has that name as an alias.
/// New aliases are remembered, so later articles can be matched by any name seen so far.
/// </summary>
internal sealed class EntityResolver(SqliteConnection c, SqliteTransaction tx)
{
    public Dictionary<string, long> ResolveAll(IEnumerable<Entity> entities)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            var id = Find(e) ?? Create(e);
            ids[e.Id] = id;
            foreach (var alias in e.Aliases.Append(e.Name).Distinct(StringComparer.Ordinal))
                SqliteKnowledgeStore.Command(c, tx, "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($e, $a, $k)",
                    ("$e", id), ("$a", alias), ("$k", NameKey.Of(alias))).ExecuteNonQuery();
        }
        return ids;
    }

    private long? Find(Entity e)
    {
        if (e.KnowledgeBaseId is not null &&
            SqliteKnowledgeStore.Scalar(c, tx, "SELECT id FROM entities WHERE kb_id = $k", ("$k", e.KnowledgeBaseId)) is long byKb)
            return byKb;
        var key = NameKey.Of(e.Name);
        var byName = SqliteKnowledgeStore.Query(c, tx, "SELECT id FROM entities WHERE name_key = $k AND (kb_id IS NULL OR $kb IS NULL) ORDER BY id LIMIT 1",
            r => r.GetInt64(0), ("$k", key), ("$kb", e.KnowledgeBaseId));
        if (byName.Count > 0) return byName[0];
        var byAlias = SqliteKnowledgeStore.Query(c, tx,
            "SELECT DISTINCT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = $k AND e.type = $t LIMIT 2",
            r => r.GetInt64(0), ("$k", key), ("$t", e.Type.ToString()));
        return byAlias.Count == 1 ? byAlias[0] : null;
    }

    private long Create(Entity e) => (long)SqliteKnowledgeStore.Scalar(c, tx,
        "INSERT INTO entities (name, type, kb_id, name_key) VALUES ($n, $t, $kb, $k) RETURNING id",
        ("$n", e.Name), ("$t", e.Type.ToString()), ("$kb", e.KnowledgeBaseId), ("$k", NameKey.Of(e.Name)))!;
}
