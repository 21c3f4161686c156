using Microsoft.Data.Sqlite;

namespace Nexus.Store.Sqlite.Migrations;

/// <summary>
/// One step of the schema. Migrations are found by reflection and applied in version order, each in
/// its own transaction, so a feature can add its tables in a file of its own.
/// </summary>
public interface IMigration
{
    int Version { get; }

    string Name { get; }

    void Apply(SqliteConnection connection, SqliteTransaction transaction);
}
