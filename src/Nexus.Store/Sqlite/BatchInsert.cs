using System.Text;
using Microsoft.Data.Sqlite;

namespace Nexus.Store.Sqlite;

/// <summary>
/// Multi-row INSERTs into one table on one connection: rows go in chunks of up to <see cref="ChunkRows"/> per
/// statement, in the order given, and each statement shape (by row count) is prepared once and reused.
/// Parameters are bound by position, not by name.
/// </summary>
internal sealed class BatchInsert(SqliteConnection connection, string head, int columns) : IDisposable
{
    public const int ChunkRows = 32;

    private readonly Dictionary<int, SqliteCommand> _byRows = [];

    /// <summary>Inserts the rows (each with <c>columns</c> values) in order.</summary>
    public void Run(SqliteTransaction tx, IReadOnlyList<object?[]> rows)
    {
        for (var start = 0; start < rows.Count; start += ChunkRows)
        {
            var n = Math.Min(ChunkRows, rows.Count - start);
            var cmd = Command(n);
            cmd.Transaction = tx;
            for (var r = 0; r < n; r++)
                for (var k = 0; k < columns; k++)
                    cmd.Parameters[r * columns + k].Value = rows[start + r][k] ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(int rows)
    {
        if (_byRows.TryGetValue(rows, out var cmd)) return cmd;
        var sql = new StringBuilder(head).Append(" VALUES ");
        cmd = connection.CreateCommand();
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var k = 0; k < columns; k++)
            {
                var name = $"$p{r * columns + k}";
                sql.Append(k == 0 ? name : ", " + name);
                cmd.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }
            sql.Append(')');
        }
        cmd.CommandText = sql.ToString();
        _byRows[rows] = cmd;
        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in _byRows.Values) cmd.Dispose();
        _byRows.Clear();
    }
}
