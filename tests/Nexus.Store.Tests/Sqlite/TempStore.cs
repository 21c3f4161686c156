using Nexus.Store.Sqlite;

namespace Nexus.Store.Tests.Sqlite;

/// <summary>A store in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nexus-store-").FullName;

    public TempStore() => Store = SqliteKnowledgeStore.Open(DbPath);

    public string DbPath => Path.Combine(_dir, "test.db");

    public SqliteKnowledgeStore Store { get; private set; }

    public SqliteKnowledgeStore Reopen()
    {
        Store.Dispose();
        return Store = SqliteKnowledgeStore.Open(DbPath);
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
