using Microsoft.Data.Sqlite;
using Nexus.Store.Sqlite.Migrations;

namespace Nexus.Store.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode with foreign keys on. Each call takes a
/// pooled connection of its own, so one instance may serve many threads (readers never block the writer).
/// </summary>
public sealed partial class SqliteKnowledgeStore : IKnowledgeStore
{
    private readonly string _connectionString;
    private readonly Lock _writeLock = new();
    private ArticleWriter? _writer;

    private SqliteKnowledgeStore(string connectionString) => _connectionString = connectionString;

    public string Path { get; private init; } = string.Empty;

    /// <summary>Opens (creating if need be) the store at a path and brings its schema up to date.</summary>
    public static SqliteKnowledgeStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
            throw new StoreException($"cannot create store {path}: folder {dir} does not exist");
        var builder = new SqliteConnectionStringBuilder { DataSource = full, ForeignKeys = true, Pooling = true, DefaultTimeout = 30 };
        var store = new SqliteKnowledgeStore(builder.ToString()) { Path = full };
        try
        {
            using var c = store.Connect();
            Migrator.Exec(c, null, "PRAGMA journal_mode=WAL");
            Migrator.Migrate(c);
        }
        catch (SqliteException e)
        {
            SqliteConnection.ClearAllPools();
            throw new StoreException($"cannot open store {path}: {e.SqliteErrorCode switch { 26 => "not a SQLite database", _ => e.Message }}", e);
        }
        return store;
    }

    /// <summary>The schema versions applied to this store.</summary>
    public IReadOnlyList<int> SchemaVersions()
    {
        using var c = Connect();
        return Query(c, null, "SELECT version FROM schema_version ORDER BY version", r => r.GetInt32(0));
    }

    internal SqliteConnection Connect()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Migrator.Exec(c, null, "PRAGMA synchronous=NORMAL");
        return c;
    }

    internal static List<T> Query<T>(SqliteConnection c, SqliteTransaction? tx, string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(map(r));
        return list;
    }

    internal static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    internal static object? Scalar(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            _writer?.Dispose();
            _writer = null;
        }
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }
}
