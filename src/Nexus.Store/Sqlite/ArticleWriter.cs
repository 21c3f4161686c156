using Microsoft.Data.Sqlite;
using Nexus.Core.Articles;
using Nexus.Core.Claims;

namespace Nexus.Store.Sqlite;

/// <summary>
/// Writes articles with their extraction, one transaction per article, on one connection of its own whose
/// statements are prepared once and reused for every article: rows of one kind go in multi-row INSERTs, and
/// entity ids found once are cached (<see cref="EntityResolver"/>). Before each article it asks SQLite whether
/// another connection has written since (PRAGMA data_version) and, if so, forgets its caches. Not thread-safe.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly SqliteConnection _c;
    private readonly SqliteCommand _dataVersion;
    private readonly SqliteCommand _existing;
    private readonly SqliteCommand _article;
    private readonly SqliteCommand _claim;
    private readonly SqliteCommand _contests;
    private readonly SqliteCommand _event;
    private readonly BatchInsert _bands;
    private readonly BatchInsert _mentions;
    private readonly BatchInsert _actors;
    private readonly EntityResolver _resolver;
    private long? _seenVersion;

    public ArticleWriter(SqliteConnection connection)
    {
        _c = connection;
        _dataVersion = SqliteKnowledgeStore.Command(_c, null, "PRAGMA data_version");
        _existing = SqliteKnowledgeStore.Command(_c, null, "SELECT id FROM articles WHERE sha256 = $s", ("$s", ""));
        _article = SqliteKnowledgeStore.Command(_c, null, """
            INSERT INTO articles (sha256, path, url, title, published, outlet, author, dateline, text, content, copy_of, minhash,
                                  ingested_at, entity_count, claim_count, event_count)
            VALUES ($sha, $path, $url, $title, $pub, $outlet, $author, $dateline, $text, $content, $copy, $minhash, $at, $ne, $nc, $nv)
            RETURNING id
            """, [.. new[] { "$sha", "$path", "$url", "$title", "$pub", "$outlet", "$author", "$dateline", "$text", "$content", "$copy", "$minhash", "$at", "$ne", "$nc", "$nv" }
            .Select(n => (n, (object?)null))]);
        _claim = SqliteKnowledgeStore.Command(_c, null, """
            INSERT INTO claims (article_id, source_id, type, target_id, polarity, speaker, speaker_entity_id, valid_from, valid_to,
                                confidence, evidence_start, evidence_end, evidence_text)
            VALUES ($a, $s, $type, $t, $p, $sp, $spe, $vf, $vt, $conf, $es, $ee, $et) RETURNING id
            """, [.. new[] { "$a", "$s", "$type", "$t", "$p", "$sp", "$spe", "$vf", "$vt", "$conf", "$es", "$ee", "$et" }.Select(n => (n, (object?)null))]);
        _contests = SqliteKnowledgeStore.Command(_c, null, "UPDATE claims SET contests_id = $c WHERE id = $id", ("$c", 0L), ("$id", 0L));
        _event = SqliteKnowledgeStore.Command(_c, null, """
            INSERT INTO events (article_id, type, date, location_id, killed, injured, evidence_start, evidence_end, evidence_text)
            VALUES ($a, $type, $d, $l, $k, $i, $es, $ee, $et) RETURNING id
            """, [.. new[] { "$a", "$type", "$d", "$l", "$k", "$i", "$es", "$ee", "$et" }.Select(n => (n, (object?)null))]);
        _bands = new BatchInsert(_c, "INSERT OR IGNORE INTO article_bands (band_key, article_id)", 2);
        _mentions = new BatchInsert(_c, "INSERT INTO mentions (article_id, entity_id, start, \"end\")", 4);
        _actors = new BatchInsert(_c, "INSERT OR IGNORE INTO event_actors (event_id, entity_id)", 2);
        _resolver = new EntityResolver(_c);
    }

    public long Write(ArticleExtraction extraction, NearDuplicateInfo? nearDuplicate)
    {
        var version = (long)_dataVersion.ExecuteScalar()!;
        if (version != _seenVersion) _resolver.Forget();
        _seenVersion = version;
        var article = extraction.Article;
        using var tx = _c.BeginTransaction();
        try
        {
            if (Bind(_existing, tx, article.Sha256).ExecuteScalar() is long existing) return existing;
            var m = article.Metadata;
            var articleId = (long)Bind(_article, tx, article.Sha256, m.Path, m.Url, m.Title, m.Published?.ToString(), m.Outlet, m.Author, m.Dateline,
                article.Text, ContentSpans.Format(article.Content), nearDuplicate?.CopyOf, nearDuplicate?.Signature, DateTimeOffset.UtcNow.ToString("O"),
                extraction.Entities.Length, extraction.Claims.Length, extraction.Events.Length).ExecuteScalar()!;
            if (nearDuplicate is not null) _bands.Run(tx, [.. nearDuplicate.BandKeys.Select(k => new object?[] { k, articleId })]);
            var ids = _resolver.ResolveAll(tx, extraction.Entities);
            _mentions.Run(tx, [.. extraction.Entities.SelectMany(e => e.Mentions.Select(s => new object?[] { articleId, ids[e.Id], s.Start, s.End }))]);
            InsertClaims(tx, articleId, extraction.Claims, ids);
            InsertEvents(tx, articleId, extraction, ids);
            tx.Commit();
            _resolver.Committed();
            return articleId;
        }
        finally
        {
            _resolver.RolledBack();
        }
    }

    private void InsertClaims(SqliteTransaction tx, long articleId, IReadOnlyList<Claim> claims, Dictionary<string, long> ids)
    {
        var claimIds = new long[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            var x = claims[i];
            long? speakerEntity = x.AttributedTo?.EntityId is { } sid && ids.TryGetValue(sid, out var se) ? se : null;
            claimIds[i] = (long)Bind(_claim, tx, articleId, ids[x.SourceId], x.Type.ToWire(), ids[x.TargetId], Wire.Of(x.Polarity), x.AttributedTo?.Text,
                speakerEntity, x.ValidFrom?.ToString(), x.ValidTo?.ToString(), x.Confidence, x.Evidence.Span.Start, x.Evidence.Span.End, x.Evidence.Text)
                .ExecuteScalar()!;
        }
        for (var i = 0; i < claims.Count; i++)
            if (claims[i].Contests is int contested && contested >= 0 && contested < claims.Count)
                Bind(_contests, tx, claimIds[contested], claimIds[i]).ExecuteNonQuery();
    }

    private void InsertEvents(SqliteTransaction tx, long articleId, ArticleExtraction x, Dictionary<string, long> ids)
    {
        foreach (var v in x.Events)
        {
            long? location = v.LocationId is not null && ids.TryGetValue(v.LocationId, out var l) ? l : null;
            var eventId = (long)Bind(_event, tx, articleId, Wire.Of(v.Type), v.Date?.ToString(), location, v.Killed, v.Injured,
                v.Evidence.Span.Start, v.Evidence.Span.End, v.Evidence.Text).ExecuteScalar()!;
            _actors.Run(tx, [.. v.ActorIds.Distinct().Where(ids.ContainsKey).Select(a => new object?[] { eventId, ids[a] })]);
        }
    }

    /// <summary>Sets a prepared command's parameters, in order, for this transaction.</summary>
    private static SqliteCommand Bind(SqliteCommand cmd, SqliteTransaction tx, params object?[] values)
    {
        cmd.Transaction = tx;
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in new[] { _dataVersion, _existing, _article, _claim, _contests, _event }) cmd.Dispose();
        _bands.Dispose();
        _mentions.Dispose();
        _actors.Dispose();
        _resolver.Dispose();
        _c.Dispose();
    }
}
