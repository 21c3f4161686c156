using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Nexus.Core.Entities;
using Nexus.Core.Events;
using Nexus.Core.Knowledge;
using Nexus.Core.Text;
using static Nexus.Store.Sqlite.RowReaders;

namespace Nexus.Store.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    public IReadOnlyList<StoredArticle> Articles()
    {
        using var c = Connect();
        return Query(c, null, $"SELECT {ArticleColumns} FROM articles ORDER BY published DESC, id", ReadArticle);
    }

    public StoredArticle? Article(long id)
    {
        using var c = Connect();
        return Query(c, null, $"SELECT {ArticleColumns} FROM articles WHERE id = $id", ReadArticle, ("$id", id)).FirstOrDefault();
    }

    public string? ArticleText(long id)
    {
        using var c = Connect();
        return Scalar(c, null, "SELECT text FROM articles WHERE id = $id", ("$id", id)) as string;
    }

    /// <summary>The spans of the article's text that are content rather than page furniture.</summary>
    public ImmutableArray<TextSpan> ArticleContent(long id)
    {
        using var c = Connect();
        return Scalar(c, null, "SELECT content FROM articles WHERE id = $id", ("$id", id)) is string s ? ContentSpans.Parse(s) : [];
    }

    public StoredEntity? Entity(long id)
    {
        using var c = Connect();
        return Entities(c, null, "WHERE id = $id", ("$id", id)).FirstOrDefault();
    }

    public IReadOnlyList<StoredEntity> FindEntities(string nameOrAlias)
    {
        using var c = Connect();
        var key = NameKey.Of(nameOrAlias);
        return Entities(c, null,
            "WHERE name_key = $k OR id IN (SELECT entity_id FROM entity_aliases WHERE alias_key = $k) " +
            "ORDER BY (name_key = $k) DESC, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id) DESC",
            ("$k", key));
    }

    public IReadOnlyList<StoredEntity> SearchEntities(string query, int limit)
    {
        var key = NameKey.Of(query);
        if (key.Length == 0) return [];
        using var c = Connect();
        var like = key.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return Entities(c, null,
            "WHERE id IN (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE $contains) OR name_key LIKE $contains " +
            "ORDER BY (name_key LIKE $prefix OR id IN (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE $prefix)) DESC, " +
            "(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id) DESC, name LIMIT $limit",
            ("$contains", "%" + like + "%"), ("$prefix", like + "%"), ("$limit", limit));
    }

    public IReadOnlyList<StoredClaim> ClaimsAbout(long entityId)
    {
        using var c = Connect();
        return Query(c, null,
            $"SELECT {ClaimColumns} FROM claims WHERE source_id = $e OR target_id = $e OR speaker_entity_id = $e ORDER BY type, id",
            ReadClaim, ("$e", entityId));
    }

    public IReadOnlyList<StoredMention> MentionsIn(long articleId)
    {
        using var c = Connect();
        return Query(c, null, "SELECT article_id, entity_id, start, \"end\" FROM mentions WHERE article_id = $a ORDER BY start",
            r => new StoredMention(r.GetInt64(0), r.GetInt64(1), new TextSpan(r.GetInt32(2), r.GetInt32(3))), ("$a", articleId));
    }

    public IReadOnlyList<StoredEvent> Events()
    {
        using var c = Connect();
        return Events(c, null);
    }

    private static List<StoredEvent> Events(SqliteConnection c, SqliteTransaction? tx)
    {
        var actors = Query(c, tx, "SELECT event_id, entity_id FROM event_actors ORDER BY event_id, entity_id", r => (r.GetInt64(0), r.GetInt64(1)))
            .GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.Select(p => p.Item2).ToImmutableArray());
        return Query(c, tx,
            "SELECT id, article_id, type, date, location_id, killed, injured, evidence_start, evidence_end, evidence_text FROM events ORDER BY date DESC, id",
            r => new StoredEvent(r.GetInt64(0), r.GetInt64(1), Wire.Parse<EventType>(r.GetString(2)), Date(r, 3), Long(r, 4),
                actors.GetValueOrDefault(r.GetInt64(0), []), new Evidence(new TextSpan(r.GetInt32(7), r.GetInt32(8)), r.GetString(9)),
                Int(r, 5), Int(r, 6)));
    }

    private static List<StoredEntity> Entities(SqliteConnection c, SqliteTransaction? tx, string where, params (string, object?)[] args)
    {
        var rows = Query(c, tx, $"SELECT id, name, type, kb_id FROM entities {where}", r => (Id: r.GetInt64(0), Row: (r.GetString(1), r.GetString(2), Str(r, 3))), args);
        if (rows.Count == 0) return [];
        var aliases = Query(c, tx, $"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({string.Join(',', rows.Select(x => x.Id))}) ORDER BY alias",
            r => (r.GetInt64(0), r.GetString(1))).GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.Select(p => p.Item2).ToImmutableArray());
        return rows.Select(x => new StoredEntity(x.Id, x.Row.Item1, Enum.Parse<EntityType>(x.Row.Item2), aliases.GetValueOrDefault(x.Id, []), x.Row.Item3)).ToList();
    }
}
