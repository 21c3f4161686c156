using Microsoft.Data.Sqlite;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Events;
using Nexus.Core.Knowledge;
using Nexus.Core.Text;
using Nexus.Core.Time;
using Nexus.Store.Sqlite;
using Nexus.Store.Sqlite.Migrations;
using static Nexus.Store.Tests.Sqlite.Extractions;

namespace Nexus.Store.Tests.Sqlite;

public class SqliteKnowledgeStoreTests
{
    private const string First = "The Inter-Services Intelligence (ISI) backs the Islamic State Khorasan Province (ISKP), officials said.";
    private const string Second = "Islamabad denies that the ISI supports ISKP. ISKP struck Bajaur in July 2023.";

    private static Nexus.Core.Articles.ArticleExtraction FirstArticle() => Build(First, "first", "2025-09-19",
        [Entity(First, "e1", "Inter-Services Intelligence", EntityType.StateAgency, "kb:isi", "Inter-Services Intelligence", "ISI"),
         Entity(First, "e2", "Islamic State Khorasan Province", EntityType.MilitantGroup, "kb:iskp", "Islamic State Khorasan Province", "ISKP")],
        [Claim(First, "e1", RelationType.Sponsors, "e2", "The Inter-Services Intelligence (ISI) backs the Islamic State Khorasan Province (ISKP)", speaker: Speaker.Unnamed("officials"))]);

    private static Nexus.Core.Articles.ArticleExtraction SecondArticle() => Build(Second, "second", "2025-10-01",
        [Entity(Second, "e1", "ISI", EntityType.StateAgency, null, "ISI"),
         Entity(Second, "e2", "Islamic State Khorasan Province", EntityType.MilitantGroup, "kb:iskp", "ISKP"),
         Entity(Second, "e3", "Pakistan", EntityType.Government, "kb:pak", "Islamabad"),
         Entity(Second, "e4", "Bajaur", EntityType.Location, null, "Bajaur")],
        [Claim(Second, "e1", RelationType.Sponsors, "e2", "the ISI supports ISKP"),
         Claim(Second, "e1", RelationType.Sponsors, "e2", "Islamabad denies that the ISI supports ISKP", Polarity.Denied, Speaker.Named("e3", "Islamabad"), contests: 0),
         Claim(Second, "e2", RelationType.Attacks, "e4", "ISKP struck Bajaur")],
        [new Event("v1", EventType.Attack, new PartialDate(2023, 7), "e4", ["e2"], Evidence.Of(Second, new TextSpan(Second.IndexOf("ISKP struck", StringComparison.Ordinal), Second.Length)))]);

    [Fact]
    public void A_new_store_has_every_migration_applied()
    {
        using var t = new TempStore();
        Assert.Equal(Migrator.All.Select(m => m.Version), t.Store.SchemaVersions());
        Assert.Equal(Migrator.All.Select(m => m.Version), t.Reopen().SchemaVersions());
    }

    [Fact]
    public void An_article_round_trips_with_metadata_claims_and_evidence()
    {
        using var t = new TempStore();
        var id = t.Store.AddArticle(FirstArticle());
        var article = t.Store.Article(id)!;
        Assert.Equal("first", article.Metadata.Title);
        Assert.Equal("2025-09-19", article.Metadata.Published.ToString());
        Assert.Equal((2, 1, 0), (article.EntityCount, article.ClaimCount, article.EventCount));
        Assert.Equal(First, t.Store.ArticleText(id));

        var isi = Assert.Single(t.Store.FindEntities("ISI"));
        var claim = Assert.Single(t.Store.ClaimsAbout(isi.Id));
        Assert.Equal(RelationType.Sponsors, claim.Type);
        Assert.Equal("officials", claim.Speaker);
        Assert.Null(claim.SpeakerEntityId);
        Assert.Equal(claim.Evidence.Text, claim.Evidence.Span.Slice(First));
    }

    [Fact]
    public void Entities_meet_across_articles_by_kb_id_and_by_alias()
    {
        using var t = new TempStore();
        t.Store.AddArticle(FirstArticle());
        t.Store.AddArticle(SecondArticle());
        var isi = Assert.Single(t.Store.FindEntities("Inter-Services Intelligence"));
        Assert.Contains("ISI", isi.Aliases);
        Assert.Single(t.Store.FindEntities("ISKP"));
        Assert.Equal(3, t.Store.ClaimsAbout(isi.Id).Count); // one from the first article, two from the second
        var pakistan = Assert.Single(t.Store.FindEntities("islamabad"));
        Assert.Equal("Pakistan", pakistan.Name);
    }

    [Fact]
    public void A_denial_points_at_the_claim_it_contests_and_names_its_speaker()
    {
        using var t = new TempStore();
        t.Store.AddArticle(SecondArticle());
        var claims = t.Store.Snapshot().Claims;
        var denial = Assert.Single(claims, c => c.Polarity == Polarity.Denied);
        var contested = Assert.Single(claims, c => c.Id == denial.ContestsClaimId);
        Assert.Equal(Polarity.Asserted, contested.Polarity);
        Assert.Equal("Pakistan", t.Store.Entity(denial.SpeakerEntityId!.Value)!.Name);
    }

    [Fact]
    public void Re_adding_the_same_text_is_a_no_op()
    {
        using var t = new TempStore();
        var a = t.Store.AddArticle(FirstArticle());
        var b = t.Store.AddArticle(FirstArticle());
        Assert.Equal(a, b);
        Assert.Single(t.Store.Articles());
        Assert.Single(t.Store.Snapshot().Claims);
        Assert.Equal(a, t.Store.FindArticleBySha256(FirstArticle().Article.Sha256));
    }

    [Fact]
    public void Events_keep_their_date_place_and_actors()
    {
        using var t = new TempStore();
        t.Store.AddArticle(SecondArticle());
        var attack = Assert.Single(t.Store.Events());
        Assert.Equal(EventType.Attack, attack.Type);
        Assert.Equal("2023-07", attack.Date.ToString());
        Assert.Equal("Bajaur", t.Store.Entity(attack.LocationEntityId!.Value)!.Name);
        Assert.Equal("Islamic State Khorasan Province", t.Store.Entity(Assert.Single(attack.ActorEntityIds))!.Name);
    }

    [Fact]
    public void Near_duplicate_candidates_are_found_by_shared_band_keys()
    {
        using var t = new TempStore();
        var signature = new byte[] { 1, 2, 3 };
        var id = t.Store.AddArticle(FirstArticle(), new NearDuplicateInfo(signature, [11, 22], null));
        var candidate = Assert.Single(t.Store.FindNearDuplicateCandidates([22, 33]));
        Assert.Equal(id, candidate.ArticleId);
        Assert.Equal(signature, candidate.Signature);
        Assert.Empty(t.Store.FindNearDuplicateCandidates([44]));
        var copy = t.Store.AddArticle(SecondArticle(), new NearDuplicateInfo(signature, [11], id));
        Assert.Equal(id, t.Store.Article(copy)!.CopyOf);
    }

    [Fact]
    public void Search_as_you_type_finds_by_prefix_of_any_alias()
    {
        using var t = new TempStore();
        t.Store.AddArticle(FirstArticle());
        t.Store.AddArticle(SecondArticle());
        Assert.Equal("Islamic State Khorasan Province", t.Store.SearchEntities("iskp", 5)[0].Name);
        Assert.Contains(t.Store.SearchEntities("inter-serv", 5), e => e.Name == "Inter-Services Intelligence");
        Assert.Empty(t.Store.SearchEntities("zzz", 5));
    }

    [Fact]
    public void Entity_ids_cached_by_the_writer_are_forgotten_when_another_connection_changes_the_store()
    {
        using var t = new TempStore();
        t.Store.AddArticle(FirstArticle()); // the writer now knows kb:iskp's entity id
        using (var other = new SqliteConnection($"Data Source={t.DbPath}"))
        {
            other.Open();
            using var cmd = other.CreateCommand();
            cmd.CommandText = """
                UPDATE entities SET kb_id = NULL WHERE kb_id = 'kb:iskp';
                INSERT INTO entities (name, type, kb_id, name_key) VALUES ('ISKP (curated)', 'MilitantGroup', 'kb:iskp', 'iskp curated');
                """;
            cmd.ExecuteNonQuery();
        }
        t.Store.AddArticle(SecondArticle());
        using var check = new SqliteConnection($"Data Source={t.DbPath}");
        check.Open();
        using var q = check.CreateCommand();
        q.CommandText = "SELECT COUNT(*) FROM claims c JOIN entities e ON e.id = c.source_id WHERE e.kb_id = 'kb:iskp' AND c.type = 'attacks'";
        Assert.Equal(1L, (long)q.ExecuteScalar()!); // "ISKP struck Bajaur" went to the entity that now holds kb:iskp
    }

    [Fact]
    public void Many_articles_through_one_writer_keep_every_row()
    {
        using var t = new TempStore();
        for (var k = 0; k < 40; k++)
        {
            var x = SecondArticle();
            var copy = x with { Article = new Nexus.Core.Articles.Article(x.Article.Metadata, x.Article.Text + " #" + k, x.Article.Content) };
            t.Store.AddArticle(copy, new NearDuplicateInfo([1, 2, 3], [.. Enumerable.Range(0, 40).Select(b => (long)(k * 100 + b))], null));
        }
        Assert.Equal(40, t.Store.Articles().Count);
        var iskp = Assert.Single(t.Store.FindEntities("ISKP"));
        Assert.Equal(40, t.Store.ClaimsAbout(iskp.Id).Count(c => c.Type == RelationType.Attacks));
        using var check = new SqliteConnection($"Data Source={t.DbPath}");
        check.Open();
        using var q = check.CreateCommand();
        q.CommandText = "SELECT (SELECT COUNT(*) FROM article_bands), (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM event_actors), (SELECT COUNT(*) FROM entity_aliases)";
        using var r = q.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(40 * 40, r.GetInt64(0)); // 40 band keys per article: more than one multi-row chunk
        Assert.Equal(40 * SecondArticle().Entities.Sum(e => e.Mentions.Length), r.GetInt64(1));
        Assert.Equal(40, r.GetInt64(2));
        Assert.Equal(6, r.GetInt64(3)); // ISI; ISKP and its name; Islamabad and Pakistan; Bajaur: once each, however many articles
    }

    [Fact]
    public void A_failed_article_leaves_nothing_behind()
    {
        using var t = new TempStore();
        var broken = FirstArticle() with { Claims = [Claim(First, "e1", RelationType.Sponsors, "e9", "backs")] }; // e9 does not exist
        Assert.ThrowsAny<Exception>(() => t.Store.AddArticle(broken));
        Assert.Empty(t.Store.Articles());
        Assert.Empty(t.Store.Snapshot().Entities);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_clear_error()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "junk.db");
        File.WriteAllText(path, "this is not a database, just some text that is long enough to fill a header page.....");
        var e = Assert.Throws<StoreException>(() => SqliteKnowledgeStore.Open(path));
        Assert.Contains("not a SQLite database", e.Message);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_store_from_a_newer_nexus_is_refused()
    {
        using var t = new TempStore();
        using (var c = new SqliteConnection($"Data Source={t.DbPath}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_version VALUES (9999, 'future', '2030-01-01')";
            cmd.ExecuteNonQuery();
        }
        Assert.Throws<StoreException>(() => t.Reopen());
    }
}
