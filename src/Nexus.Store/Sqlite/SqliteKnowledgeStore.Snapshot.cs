using System.Collections.Immutable;
using Nexus.Core.Knowledge;
using Nexus.Core.Text;
using static Nexus.Store.Sqlite.RowReaders;

namespace Nexus.Store.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    /// <summary>Everything, in one read transaction so that a concurrent ingest is seen whole or not at all.</summary>
    public KnowledgeSnapshot Snapshot()
    {
        using var c = Connect();
        using var tx = c.BeginTransaction(deferred: true);
        var entities = Entities(c, tx, "ORDER BY id");
        var articles = Query(c, tx, $"SELECT {ArticleColumns} FROM articles ORDER BY id", ReadArticle);
        var claims = Query(c, tx, $"SELECT {ClaimColumns} FROM claims ORDER BY id", ReadClaim);
        var events = Events(c, tx);
        var mentions = Query(c, tx, "SELECT article_id, entity_id, start, \"end\" FROM mentions ORDER BY article_id, start",
            r => new StoredMention(r.GetInt64(0), r.GetInt64(1), new TextSpan(r.GetInt32(2), r.GetInt32(3))));
        tx.Commit();
        return new KnowledgeSnapshot([.. entities], [.. articles], [.. claims], [.. events], [.. mentions]);
    }
}
