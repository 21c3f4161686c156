using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Nexus.Store.Sqlite.Migrations;

/// <summary>Brings a store's schema up to date, recording each applied version in schema_version.</summary>
public static class Migrator
{
    public static IReadOnlyList<IMigration> All { get; } = typeof(Migrator).Assembly.GetTypes()
        .Where(t => typeof(IMigration).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (IMigration)Activator.CreateInstance(t)!)
        .OrderBy(m => m.Version)
        .ToArray();

    public static int LatestVersion => All.Count == 0 ? 0 : All[^1].Version;

    public static void Migrate(SqliteConnection connection)
    {
        Exec(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = new HashSet<int>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT version FROM schema_version";
            using var r = cmd.ExecuteReader();
            while (r.Read()) applied.Add(r.GetInt32(0));
        }
        var newest = applied.Count == 0 ? 0 : applied.Max();
        if (newest > LatestVersion)
            throw new StoreException($"the store has schema version {newest}, newer than this nexus knows ({LatestVersion}); upgrade nexus");
        foreach (var migration in All.Where(m => !applied.Contains(m.Version)))
        {
            using var tx = connection.BeginTransaction();
            migration.Apply(connection, tx);
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
            cmd.Parameters.AddWithValue("$v", migration.Version);
            cmd.Parameters.AddWithValue("$n", migration.Name);
            cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
            cmd.ExecuteNonQuery();
            tx.Commit();
        }
    }

    internal static void Exec(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
