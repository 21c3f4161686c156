using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Nexus.Core.Knowledge;
using static Nexus.Store.Sqlite.RowReaders;

namespace Nexus.Store.Sqlite;

/// <summary>
/// Analyst corrections. Each runs in one transaction with its audit row; the row's details hold
/// exactly what undo needs to put every moved row back (see SqliteKnowledgeStore.Undo.cs).
/// </summary>
public sealed partial class SqliteKnowledgeStore : IReviewStore
{
    public IReadOnlyList<StoredClaim> ReviewQueue(int limit)
    {
        using var c = Connect();
        return Query(c, null, $"SELECT {ClaimColumns} FROM claims WHERE review = 'unreviewed' ORDER BY confidence, id LIMIT $l", ReadClaim, ("$l", limit));
    }

    public ReviewAction SetClaimReview(long claimId, ReviewStatus status, string actor, string? note) => InTransaction((c, tx) =>
    {
        var before = Scalar(c, tx, "SELECT review FROM claims WHERE id = $id", ("$id", claimId)) as string
            ?? throw new KeyNotFoundException($"no claim {claimId}");
        Exec(c, tx, "UPDATE claims SET review = $r WHERE id = $id", ("$r", Wire.Of(status)), ("$id", claimId));
        var details = new ReviewDetails { Claim = claimId, Before = before };
        return Record(c, tx, "review", actor, note, $"claim {claimId}: {before} -> {Wire.Of(status)}", details);
    });

    public ReviewAction MergeEntities(long keepId, long mergedId, string actor, string? note) => InTransaction((c, tx) =>
    {
        var keep = EntityRow(c, tx, keepId);
        var merged = EntityRow(c, tx, mergedId);
        if (keepId == mergedId) throw new InvalidOperationException("cannot merge an entity into itself");
        var d = new ReviewDetails
        {
            Entity = mergedId, Keep = keepId, Name = merged.Name, Type = merged.Type, KbId = merged.KbId, NameKey = merged.NameKey,
            Aliases = Query(c, tx, "SELECT alias FROM entity_aliases WHERE entity_id = $e", r => r.GetString(0), ("$e", mergedId)),
            AddedAliases = Query(c, tx, "SELECT alias FROM entity_aliases WHERE entity_id = $m AND alias NOT IN (SELECT alias FROM entity_aliases WHERE entity_id = $k)",
                r => r.GetString(0), ("$m", mergedId), ("$k", keepId)),
            Mentions = Ids(c, tx, "SELECT rowid FROM mentions WHERE entity_id = $e", mergedId),
            Sources = Ids(c, tx, "SELECT id FROM claims WHERE source_id = $e", mergedId),
            Targets = Ids(c, tx, "SELECT id FROM claims WHERE target_id = $e", mergedId),
            Speakers = Ids(c, tx, "SELECT id FROM claims WHERE speaker_entity_id = $e", mergedId),
            Locations = Ids(c, tx, "SELECT id FROM events WHERE location_id = $e", mergedId),
            ActorEvents = Ids(c, tx, "SELECT event_id FROM event_actors WHERE entity_id = $e", mergedId),
            SharedEvents = Query(c, tx, "SELECT event_id FROM event_actors WHERE entity_id = $m AND event_id IN (SELECT event_id FROM event_actors WHERE entity_id = $k)",
                r => r.GetInt64(0), ("$m", mergedId), ("$k", keepId)),
        };
        if (!d.AddedAliases.Contains(merged.Name) && !AliasExists(c, tx, keepId, merged.Name)) d.AddedAliases.Add(merged.Name);
        foreach (var alias in d.AddedAliases)
            Exec(c, tx, "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($e, $a, $k)", ("$e", keepId), ("$a", alias), ("$k", Nexus.Core.Entities.NameKey.Of(alias)));
        Move(c, tx, "UPDATE mentions SET entity_id = $to WHERE entity_id = $from", mergedId, keepId);
        Move(c, tx, "UPDATE claims SET source_id = $to WHERE source_id = $from", mergedId, keepId);
        Move(c, tx, "UPDATE claims SET target_id = $to WHERE target_id = $from", mergedId, keepId);
        Move(c, tx, "UPDATE claims SET speaker_entity_id = $to WHERE speaker_entity_id = $from", mergedId, keepId);
        Move(c, tx, "UPDATE events SET location_id = $to WHERE location_id = $from", mergedId, keepId);
        Move(c, tx, "UPDATE OR IGNORE event_actors SET entity_id = $to WHERE entity_id = $from", mergedId, keepId);
        Exec(c, tx, "DELETE FROM event_actors WHERE entity_id = $e", ("$e", mergedId));
        Exec(c, tx, "DELETE FROM entity_aliases WHERE entity_id = $e", ("$e", mergedId));
        Exec(c, tx, "DELETE FROM entities WHERE id = $e", ("$e", mergedId));
        return Record(c, tx, "merge", actor, note, $"merged '{merged.Name}' (#{mergedId}) into '{keep.Name}' (#{keepId})", d);
    });

    public ReviewAction SplitEntity(long entityId, string newName, IReadOnlyCollection<string> aliases, IReadOnlyCollection<long> claimIds, string actor, string? note) =>
        InTransaction((c, tx) =>
        {
            var from = EntityRow(c, tx, entityId);
            var moving = aliases.Where(a => AliasExists(c, tx, entityId, a)).Distinct().ToList();
            var keys = moving.Append(newName).Select(Nexus.Core.Entities.NameKey.Of).ToHashSet();
            var newId = (long)Scalar(c, tx, "INSERT INTO entities (name, type, kb_id, name_key) VALUES ($n, $t, NULL, $k) RETURNING id",
                ("$n", newName), ("$t", from.Type), ("$k", Nexus.Core.Entities.NameKey.Of(newName)))!;
            foreach (var alias in moving.Append(newName).Distinct())
                Exec(c, tx, "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($e, $a, $k)", ("$e", newId), ("$a", alias), ("$k", Nexus.Core.Entities.NameKey.Of(alias)));
            foreach (var alias in moving)
                Exec(c, tx, "DELETE FROM entity_aliases WHERE entity_id = $e AND alias = $a", ("$e", entityId), ("$a", alias));
            // Mentions whose words are one of the moved names follow them to the new entity.
            var mentions = Query(c, tx, "SELECT m.rowid, substr(a.text, m.start + 1, m.\"end\" - m.start) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = $e",
                r => (Row: r.GetInt64(0), Words: r.GetString(1)), ("$e", entityId)).Where(m => keys.Contains(Nexus.Core.Entities.NameKey.Of(m.Words))).Select(m => m.Row).ToList();
            foreach (var row in mentions) Exec(c, tx, "UPDATE mentions SET entity_id = $n WHERE rowid = $r", ("$n", newId), ("$r", row));
            var d = new ReviewDetails { Entity = entityId, Keep = newId, Aliases = moving, Mentions = mentions };
            foreach (var id in claimIds)
            {
                var row = Query(c, tx, "SELECT source_id, target_id, speaker_entity_id FROM claims WHERE id = $id", r => (r.GetInt64(0), r.GetInt64(1), Long(r, 2)), ("$id", id));
                if (row.Count == 0) throw new KeyNotFoundException($"no claim {id}");
                if (row[0].Item1 == entityId) { d.Sources.Add(id); Exec(c, tx, "UPDATE claims SET source_id = $n WHERE id = $id", ("$n", newId), ("$id", id)); }
                if (row[0].Item2 == entityId) { d.Targets.Add(id); Exec(c, tx, "UPDATE claims SET target_id = $n WHERE id = $id", ("$n", newId), ("$id", id)); }
                if (row[0].Item3 == entityId) { d.Speakers.Add(id); Exec(c, tx, "UPDATE claims SET speaker_entity_id = $n WHERE id = $id", ("$n", newId), ("$id", id)); }
            }
            return Record(c, tx, "split", actor, note, $"split '{newName}' (#{newId}) off '{from.Name}' (#{entityId})", d);
        });

    public IReadOnlyList<ReviewAction> History(int limit)
    {
        using var c = Connect();
        return Query(c, null, "SELECT id, kind, actor, at, note, summary, undone_by, details FROM review_actions ORDER BY id DESC LIMIT $l", ReadAction, ("$l", limit));
    }

    private T InTransaction<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var c = Connect();
        using var tx = c.BeginTransaction();
        var result = work(c, tx);
        tx.Commit();
        return result;
    }

    private static ReviewAction Record(SqliteConnection c, SqliteTransaction tx, string kind, string actor, string? note, string summary, ReviewDetails details)
    {
        var at = DateTimeOffset.UtcNow;
        var json = JsonSerializer.Serialize(details);
        var id = (long)Scalar(c, tx, "INSERT INTO review_actions (kind, actor, at, note, summary, details) VALUES ($k, $a, $t, $n, $s, $d) RETURNING id",
            ("$k", kind), ("$a", actor), ("$t", at.ToString("O")), ("$n", note), ("$s", summary), ("$d", json))!;
        return new ReviewAction(id, kind, actor, at, note, summary, null, json);
    }

    private static ReviewAction ReadAction(SqliteDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2),
        DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture), Str(r, 4), r.GetString(5), Long(r, 6), r.GetString(7));

    private static (string Name, string Type, string? KbId, string NameKey) EntityRow(SqliteConnection c, SqliteTransaction tx, long id)
    {
        var rows = Query(c, tx, "SELECT name, type, kb_id, name_key FROM entities WHERE id = $id", r => (r.GetString(0), r.GetString(1), Str(r, 2), r.GetString(3)), ("$id", id));
        return rows.Count == 1 ? rows[0] : throw new KeyNotFoundException($"no entity {id}");
    }

    private static bool AliasExists(SqliteConnection c, SqliteTransaction tx, long entityId, string alias) =>
        Scalar(c, tx, "SELECT 1 FROM entity_aliases WHERE entity_id = $e AND alias = $a", ("$e", entityId), ("$a", alias)) is not null;

    private static List<long> Ids(SqliteConnection c, SqliteTransaction tx, string sql, long entityId) => Query(c, tx, sql, r => r.GetInt64(0), ("$e", entityId));

    private static void Move(SqliteConnection c, SqliteTransaction tx, string sql, long from, long to) => Exec(c, tx, sql, ("$from", from), ("$to", to));

    private static void Exec(SqliteConnection c, SqliteTransaction tx, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        cmd.ExecuteNonQuery();
    }
}
