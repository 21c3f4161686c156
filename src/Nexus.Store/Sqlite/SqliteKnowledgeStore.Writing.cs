using Microsoft.Data.Sqlite;
using Nexus.Core.Articles;

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

    /// <summary>Stores an article and its extraction in one transaction (returns the existing id for a text already stored).</summary>
    public long AddArticle(ArticleExtraction extraction, NearDuplicateInfo? nearDuplicate = null)
    {
        lock (_writeLock)
        {
            _writer ??= new ArticleWriter(Connect());
            try
            {
                return _writer.Write(extraction, nearDuplicate);
            }
            catch (SqliteException)
            {
                // A failed write may leave the connection in any state: start afresh next time.
                _writer.Dispose();
                _writer = null;
                throw;
            }
        }
    }
}
