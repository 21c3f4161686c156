using System.CommandLine;
using Nexus.Cli.Infrastructure;
using Nexus.Core.Knowledge;
using Nexus.Store.Sqlite;

namespace Nexus.Cli.Commands;

/// <summary>What the analyst-correction verbs (merge, split, undo) share: who did it, why, and finding entities.</summary>
public static class ReviewOptions
{
    public static Option<string> By() => new("--by")
    {
        Description = "Who makes the change, for the audit trail",
        DefaultValueFactory = _ => Environment.UserName,
    };

    public static Option<string?> Note() => new("--note") { Description = "Why, for the audit trail" };

    /// <summary>
    /// "#12" is entity 12; anything else is a name or alias. A correction must not guess, so a name that
    /// matches several entities fails with their ids (exit 2), and an unknown one with exit 4.
    /// </summary>
    public static StoredEntity Entity(SqliteKnowledgeStore store, string reference)
    {
        if (reference.StartsWith('#') && long.TryParse(reference.AsSpan(1), out var id))
            return store.Entity(id) ?? throw new CliException($"no entity #{id}", ExitCodes.NotFound);
        var found = store.FindEntities(reference);
        return found.Count switch
        {
            0 => throw new CliException($"no entity named '{reference}'", ExitCodes.NotFound),
            1 => found[0],
            _ => throw new CliException(
                $"'{reference}' names {found.Count} entities: {string.Join(", ", found.Select(e => $"{e.Name} ({e.Type}, #{e.Id})"))}; pass one as #ID",
                ExitCodes.Usage),
        };
    }
}
