using System.CommandLine;
using Nexus.Cli.Infrastructure;

namespace Nexus.Cli.Commands;

/// <summary>
/// `nexus split ENTITY --into NAME --alias A [--claim ID]`: some of an entity's names (and the mentions and
/// claims that used them) belong to a different actor. Recorded and reversible.
/// </summary>
public static class SplitCommand
{
    public static Command Create()
    {
        var entity = new Argument<string>("entity") { Description = "The entity to split (a name, an alias or #ID)" };
        var into = new Option<string>("--into") { Description = "Name of the new entity", Required = true };
        var aliases = new Option<string[]>("--alias") { Description = "An alias that moves to the new entity, with its mentions (repeatable)", AllowMultipleArgumentsPerToken = true };
        var claims = new Option<long[]>("--claim") { Description = "A claim id (as `nexus show` prints) that moves to the new entity (repeatable)", AllowMultipleArgumentsPerToken = true };
        var db = CommonOptions.Database();
        var by = ReviewOptions.By();
        var note = ReviewOptions.Note();
        var command = new Command("split", "Split names, mentions and claims off an entity into a new one (recorded, reversible with `nexus undo`)") { entity, into, aliases, claims, db, by, note };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetValue(db)!);
            var from = ReviewOptions.Entity(store, parse.GetValue(entity)!);
            var moving = parse.GetValue(aliases) ?? [];
            var claimIds = parse.GetValue(claims) ?? [];
            var unknown = moving.Where(a => !from.Aliases.Contains(a, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
                throw new CliException($"'{from.Name}' (#{from.Id}) has no alias {string.Join(", ", unknown.Select(a => $"'{a}'"))}; its aliases: {string.Join(", ", from.Aliases)}", ExitCodes.Usage);
            if (moving.Length == 0 && claimIds.Length == 0) throw new CliException("nothing to split off: give --alias or --claim", ExitCodes.Usage);
            try
            {
                var action = store.SplitEntity(from.Id, parse.GetValue(into)!, moving, claimIds, parse.GetValue(by)!, parse.GetValue(note));
                Console.Out.WriteLine($"action {action.Id}: {action.Summary}");
            }
            catch (KeyNotFoundException e)
            {
                throw new CliException(e.Message, ExitCodes.NotFound);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
