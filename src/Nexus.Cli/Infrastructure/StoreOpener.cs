using Nexus.Store;
using Nexus.Store.Sqlite;

namespace Nexus.Cli.Infrastructure;

/// <summary>Opens the store for a verb, turning any failure into one clear line and exit code 3.</summary>
public static class StoreOpener
{
    public static SqliteKnowledgeStore Open(string path)
    {
        try
        {
            return SqliteKnowledgeStore.Open(path);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message, ExitCodes.StoreError);
        }
    }

    /// <summary>For read-only verbs: a store that does not exist yet is an error, not something to create.</summary>
    public static SqliteKnowledgeStore OpenExisting(string path) =>
        File.Exists(path) ? Open(path) : throw new CliException($"no store at {path} (run `nexus ingest` first, or pass --db)", ExitCodes.StoreError);
}
