using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Nexus.Store.Sqlite;

/// <summary>Undo: puts back exactly the rows a correction moved, and records the undo as an action of its own.</summary>
public sealed partial class SqliteKnowledgeStore
{
    public ReviewAction Undo(long actionId, string actor) => InTransaction((c, tx) =>
    {
        var rows = Query(c, tx, "SELECT kind, undone_by, details, summary FROM review_actions WHERE id = $id",
            r => (Kind: r.GetString(0), UndoneBy: RowReaders.Long(r, 1), Details: r.GetString(2), Summary: r.GetString(3)), ("$id", actionId));
        if (rows.Count == 0) throw new KeyNotFoundException($"no review action {actionId}");
        var action = rows[0];
        if (action.UndoneBy is not null) throw new InvalidOperationException($"action {actionId} was already undone by {action.UndoneBy}");
        if (action.Kind == "undo") throw new InvalidOperationException("an undo cannot itself be undone; redo the correction instead");
        var d = JsonSerializer.Deserialize<ReviewDetails>(action.Details)!;
        switch (action.Kind)
        {
            case "review":
                Exec(c, tx, "UPDATE claims SET review = $r WHERE id = $id", ("$r", d.Before), ("$id", d.Claim));
                break;
            case "merge":
                UndoMerge(c, tx, d);
                break;
            case "split":
                UndoSplit(c, tx, d);
                break;
            default:
                throw new InvalidOperationException($"unknown action kind '{action.Kind}'");
        }
        var undo = Record(c, tx, "undo", actor, null, $"undid #{actionId}: {action.Summary}", new ReviewDetails { Undid = actionId });
        Exec(c, tx, "UPDATE review_actions SET undone_by = $u WHERE id = $id", ("$u", undo.Id), ("$id", actionId));
        return undo;
    });

    private static void UndoMerge(SqliteConnection c, SqliteTransaction tx, ReviewDetails d)
    {
        var merged = d.Entity!.Value;
        var keep = d.Keep!.Value;
        Exec(c, tx, "INSERT INTO entities (id, name, type, kb_id, name_key) VALUES ($id, $n, $t, $kb, $k)",
            ("$id", merged), ("$n", d.Name), ("$t", d.Type), ("$kb", d.KbId), ("$k", d.NameKey));
        foreach (var alias in d.Aliases)
            Exec(c, tx, "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($e, $a, $k)", ("$e", merged), ("$a", alias), ("$k", Nexus.Core.Entities.NameKey.Of(alias)));
        foreach (var alias in d.AddedAliases)
            Exec(c, tx, "DELETE FROM entity_aliases WHERE entity_id = $e AND alias = $a", ("$e", keep), ("$a", alias));
        foreach (var row in d.Mentions) Exec(c, tx, "UPDATE mentions SET entity_id = $e WHERE rowid = $r", ("$e", merged), ("$r", row));
        foreach (var id in d.Sources) Exec(c, tx, "UPDATE claims SET source_id = $e WHERE id = $id", ("$e", merged), ("$id", id));
        foreach (var id in d.Targets) Exec(c, tx, "UPDATE claims SET target_id = $e WHERE id = $id", ("$e", merged), ("$id", id));
        foreach (var id in d.Speakers) Exec(c, tx, "UPDATE claims SET speaker_entity_id = $e WHERE id = $id", ("$e", merged), ("$id", id));
        foreach (var id in d.Locations) Exec(c, tx, "UPDATE events SET location_id = $e WHERE id = $id", ("$e", merged), ("$id", id));
        foreach (var ev in d.ActorEvents)
        {
            if (!d.SharedEvents.Contains(ev)) Exec(c, tx, "DELETE FROM event_actors WHERE event_id = $v AND entity_id = $k", ("$v", ev), ("$k", keep));
            Exec(c, tx, "INSERT OR IGNORE INTO event_actors (event_id, entity_id) VALUES ($v, $e)", ("$v", ev), ("$e", merged));
        }
    }

    private static void UndoSplit(SqliteConnection c, SqliteTransaction tx, ReviewDetails d)
    {
        var original = d.Entity!.Value;
        var created = d.Keep!.Value;
        foreach (var alias in d.Aliases)
            Exec(c, tx, "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES ($e, $a, $k)", ("$e", original), ("$a", alias), ("$k", Nexus.Core.Entities.NameKey.Of(alias)));
        foreach (var row in d.Mentions) Exec(c, tx, "UPDATE mentions SET entity_id = $e WHERE rowid = $r", ("$e", original), ("$r", row));
        foreach (var id in d.Sources) Exec(c, tx, "UPDATE claims SET source_id = $e WHERE id = $id", ("$e", original), ("$id", id));
        foreach (var id in d.Targets) Exec(c, tx, "UPDATE claims SET target_id = $e WHERE id = $id", ("$e", original), ("$id", id));
        foreach (var id in d.Speakers) Exec(c, tx, "UPDATE claims SET speaker_entity_id = $e WHERE id = $id", ("$e", original), ("$id", id));
        var stillUsed = Scalar(c, tx, "SELECT 1 FROM claims WHERE source_id = $e OR target_id = $e OR speaker_entity_id = $e UNION ALL SELECT 1 FROM mentions WHERE entity_id = $e LIMIT 1", ("$e", created));
        if (stillUsed is not null) throw new InvalidOperationException($"entity {created} gained claims or mentions since the split; merge it back instead");
        Exec(c, tx, "DELETE FROM entity_aliases WHERE entity_id = $e", ("$e", created));
        Exec(c, tx, "DELETE FROM entities WHERE id = $e", ("$e", created));
    }
}
