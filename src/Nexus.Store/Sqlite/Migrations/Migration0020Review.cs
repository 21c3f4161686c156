using Microsoft.Data.Sqlite;

namespace Nexus.Store.Sqlite.Migrations;

/// <summary>The audit trail of analyst corrections (claim reviews, entity merges and splits, undos).</summary>
public sealed class Migration0020Review : IMigration
{
    public int Version => 20;

    public string Name => "review actions";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) => Migrator.Exec(connection, transaction, """
        CREATE TABLE review_actions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT,
            summary TEXT NOT NULL,
            undone_by INTEGER REFERENCES review_actions(id),
            details TEXT NOT NULL
        );
        CREATE INDEX claims_review ON claims(review);
        """);
}
