using Microsoft.Data.Sqlite;
using Nexus.Core.Articles;
using Nexus.Core.Claims;
using Nexus.Core.Knowledge;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Store.Sqlite;

/// <summary>Maps rows to the Core knowledge records; the SELECT lists here and in the queries must agree.</summary>
internal static class RowReaders
{
    public const string ArticleColumns =
        "id, path, url, title, published, outlet, author, dateline, sha256, copy_of, ingested_at, entity_count, claim_count, event_count";

    public const string ClaimColumns =
        "id, article_id, source_id, type, target_id, polarity, speaker, speaker_entity_id, valid_from, valid_to, confidence, " +
        "evidence_start, evidence_end, evidence_text, contests_id, review";

    public static StoredArticle ReadArticle(SqliteDataReader r) => new(
        r.GetInt64(0),
        new ArticleMetadata(Str(r, 1), Str(r, 2), Str(r, 3), Date(r, 4), Str(r, 5), Str(r, 6), Str(r, 7)),
        r.GetString(8), Long(r, 9), DateTimeOffset.Parse(r.GetString(10), System.Globalization.CultureInfo.InvariantCulture),
        r.GetInt32(11), r.GetInt32(12), r.GetInt32(13));

    public static StoredClaim ReadClaim(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), RelationTypes.Parse(r.GetString(3)), r.GetInt64(4),
        Wire.Parse<Polarity>(r.GetString(5)), Str(r, 6), Long(r, 7), Date(r, 8), Date(r, 9), r.GetDouble(10),
        new Evidence(new TextSpan(r.GetInt32(11), r.GetInt32(12)), r.GetString(13)), Long(r, 14), Wire.Parse<ReviewStatus>(r.GetString(15)));

    public static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static long? Long(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    public static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static PartialDate? Date(SqliteDataReader r, int i) =>
        !r.IsDBNull(i) && PartialDate.TryParse(r.GetString(i), out var d) ? d : null;
}
