using Microsoft.Data.Sqlite;
using Nexus.Core.Articles;
using Nexus.Core.Claims;
using Nexus.Core.Entities;

namespace Nexus.Store.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    public long? FindArticleBySha256(string sha256)
    {
        using var c = Connect();
        return Scalar(c, null, "SELECT id FROM articles WHERE sha256 = $s", ("$s", sha256)) as long?;
    }

    public IReadOnlyList<(long ArticleId, byte[] Signature)> FindNearDuplicateCandidates(IReadOnlyCollection<long> bandKeys)
    {
        if (bandKeys.Count == 0) return [];
        using var c = Connect();
        var keys = string.Join(',', bandKeys);
        return Query(c, null,
            $"SELECT DISTINCT a.id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE b.band_key IN ({keys}) AND a.minhash IS NOT NULL",
            r => (r.GetInt64(0), (byte[])r.GetValue(1)));
    }

    public long AddArticle(ArticleExtraction extraction, NearDuplicateInfo? nearDuplicate = null)
    {
        var article = extraction.Article;
        using var c = Connect();
        using var tx = c.BeginTransaction();
        if (Scalar(c, tx, "SELECT id FROM articles WHERE sha256 = $s", ("$s", article.Sha256)) is long existing) return existing;

        var m = article.Metadata;
        var articleId = (long)Scalar(c, tx, """
            INSERT INTO articles (sha256, path, url, title, published, outlet, author, dateline, text, content, copy_of, minhash,
                                  ingested_at, entity_count, claim_count, event_count)
            VALUES ($sha, $path, $url, $title, $pub, $outlet, $author, $dateline, $text, $content, $copy, $minhash, $at, $ne, $nc, $nv)
            RETURNING id
            """,
            ("$sha", article.Sha256), ("$path", m.Path), ("$url", m.Url), ("$title", m.Title), ("$pub", m.Published?.ToString()),
            ("$outlet", m.Outlet), ("$author", m.Author), ("$dateline", m.Dateline), ("$text", article.Text),
            ("$content", ContentSpans.Format(article.Content)), ("$copy", nearDuplicate?.CopyOf), ("$minhash", nearDuplicate?.Signature),
            ("$at", DateTimeOffset.UtcNow.ToString("O")), ("$ne", extraction.Entities.Length), ("$nc", extraction.Claims.Length),
            ("$nv", extraction.Events.Length))!;

        if (nearDuplicate is not null)
        {
            using var band = Command(c, tx, "INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES ($k, $a)", ("$k", 0L), ("$a", articleId));
            foreach (var key in nearDuplicate.BandKeys)
            {
                band.Parameters["$k"].Value = key;
                band.ExecuteNonQuery();
            }
        }

        using var resolver = new EntityResolver(c, tx);
        var ids = resolver.ResolveAll(extraction.Entities);
        InsertMentions(c, tx, articleId, extraction.Entities, ids);
        InsertClaims(c, tx, articleId, extraction.Claims, ids);
        InsertEvents(c, tx, articleId, extraction, ids);
        tx.Commit();
        return articleId;
    }

    private static void InsertMentions(SqliteConnection c, SqliteTransaction tx, long articleId, IEnumerable<Entity> entities, IReadOnlyDictionary<string, long> ids)
    {
        using var cmd = Command(c, tx, "INSERT INTO mentions (article_id, entity_id, start, \"end\") VALUES ($a, $e, $s, $t)",
            ("$a", articleId), ("$e", 0L), ("$s", 0), ("$t", 0));
        foreach (var e in entities)
            foreach (var span in e.Mentions)
            {
                cmd.Parameters["$e"].Value = ids[e.Id];
                cmd.Parameters["$s"].Value = span.Start;
                cmd.Parameters["$t"].Value = span.End;
                cmd.ExecuteNonQuery();
            }
    }

    private static void InsertClaims(SqliteConnection c, SqliteTransaction tx, long articleId, IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, long> ids)
    {
        var claimIds = new long[claims.Count];
        using var cmd = Command(c, tx, """
            INSERT INTO claims (article_id, source_id, type, target_id, polarity, speaker, speaker_entity_id, valid_from, valid_to,
                                confidence, evidence_start, evidence_end, evidence_text)
            VALUES ($a, $s, $type, $t, $p, $sp, $spe, $vf, $vt, $conf, $es, $ee, $et) RETURNING id
            """,
            ("$a", articleId), ("$s", 0L), ("$type", ""), ("$t", 0L), ("$p", ""), ("$sp", null), ("$spe", null), ("$vf", null),
            ("$vt", null), ("$conf", 0.0), ("$es", 0), ("$ee", 0), ("$et", ""));
        for (var i = 0; i < claims.Count; i++)
        {
            var x = claims[i];
            long? speakerEntity = x.AttributedTo?.EntityId is { } sid && ids.TryGetValue(sid, out var se) ? se : null;
            Set(cmd, ("$s", ids[x.SourceId]), ("$type", x.Type.ToWire()), ("$t", ids[x.TargetId]), ("$p", Wire.Of(x.Polarity)),
                ("$sp", x.AttributedTo?.Text), ("$spe", speakerEntity), ("$vf", x.ValidFrom?.ToString()), ("$vt", x.ValidTo?.ToString()),
                ("$conf", x.Confidence), ("$es", x.Evidence.Span.Start), ("$ee", x.Evidence.Span.End), ("$et", x.Evidence.Text));
            claimIds[i] = (long)cmd.ExecuteScalar()!;
        }
        for (var i = 0; i < claims.Count; i++)
            if (claims[i].Contests is int contested && contested >= 0 && contested < claims.Count)
                Command(c, tx, "UPDATE claims SET contests_id = $c WHERE id = $id", ("$c", claimIds[contested]), ("$id", claimIds[i])).ExecuteNonQuery();
    }

    private static void InsertEvents(SqliteConnection c, SqliteTransaction tx, long articleId, ArticleExtraction x, IReadOnlyDictionary<string, long> ids)
    {
        foreach (var v in x.Events)
        {
            long? location = v.LocationId is not null && ids.TryGetValue(v.LocationId, out var l) ? l : null;
            var eventId = (long)Scalar(c, tx, """
                INSERT INTO events (article_id, type, date, location_id, killed, injured, evidence_start, evidence_end, evidence_text)
                VALUES ($a, $type, $d, $l, $k, $i, $es, $ee, $et) RETURNING id
                """,
                ("$a", articleId), ("$type", Wire.Of(v.Type)), ("$d", v.Date?.ToString()), ("$l", location), ("$k", v.Killed),
                ("$i", v.Injured), ("$es", v.Evidence.Span.Start), ("$ee", v.Evidence.Span.End), ("$et", v.Evidence.Text))!;
            foreach (var actor in v.ActorIds.Distinct())
                if (ids.TryGetValue(actor, out var actorId))
                    Command(c, tx, "INSERT OR IGNORE INTO event_actors (event_id, entity_id) VALUES ($v, $e)", ("$v", eventId), ("$e", actorId)).ExecuteNonQuery();
        }
    }

    private static void Set(SqliteCommand cmd, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) cmd.Parameters[name].Value = value ?? DBNull.Value;
    }
}
