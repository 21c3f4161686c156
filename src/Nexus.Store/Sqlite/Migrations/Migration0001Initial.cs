using Microsoft.Data.Sqlite;

namespace Nexus.Store.Sqlite.Migrations;

/// <summary>Articles, store-wide entities with aliases, mentions, claims and events.</summary>
public sealed class Migration0001Initial : IMigration
{
    public int Version => 1;

    public string Name => "initial";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) => Migrator.Exec(connection, transaction, """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            path TEXT, url TEXT, title TEXT, published TEXT, outlet TEXT, author TEXT, dateline TEXT,
            text TEXT NOT NULL,
            content TEXT NOT NULL,
            copy_of INTEGER REFERENCES articles(id),
            minhash BLOB,
            ingested_at TEXT NOT NULL,
            entity_count INTEGER NOT NULL, claim_count INTEGER NOT NULL, event_count INTEGER NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE article_bands (
            band_key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (band_key, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            kb_id TEXT,
            name_key TEXT NOT NULL
        );
        CREATE UNIQUE INDEX entities_kb ON entities(kb_id) WHERE kb_id IS NOT NULL;
        CREATE INDEX entities_name_key ON entities(name_key);
        CREATE TABLE entity_aliases (
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            alias_key TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias)
        ) WITHOUT ROWID;
        CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            start INTEGER NOT NULL, "end" INTEGER NOT NULL
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES entities(id),
            type TEXT NOT NULL,
            target_id INTEGER NOT NULL REFERENCES entities(id),
            polarity TEXT NOT NULL,
            speaker TEXT,
            speaker_entity_id INTEGER REFERENCES entities(id),
            valid_from TEXT, valid_to TEXT,
            confidence REAL NOT NULL,
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
            contests_id INTEGER REFERENCES claims(id),
            review TEXT NOT NULL DEFAULT 'unreviewed'
        );
        CREATE INDEX claims_source ON claims(source_id);
        CREATE INDEX claims_target ON claims(target_id);
        CREATE INDEX claims_article ON claims(article_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            date TEXT,
            location_id INTEGER REFERENCES entities(id),
            killed INTEGER, injured INTEGER,
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE TABLE event_actors (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            PRIMARY KEY (event_id, entity_id)
        ) WITHOUT ROWID;
        """);
}
