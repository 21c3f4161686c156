using System.CommandLine;
using Nexus.Cli.Infrastructure;

namespace Nexus.Cli.Commands;

/// <summary>`nexus merge KEEP OTHER`: two stored entities are one actor; recorded and reversible (`nexus undo`).</summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var keep = new Argument<string>("keep") { Description = "The entity that stays (a name, an alias or #ID)" };
        var other = new Argument<string>("other") { Description = "The entity folded into it: its names, mentions, claims and events move" };
        var db = CommonOptions.Database();
        var by = ReviewOptions.By();
        var note = ReviewOptions.Note();
        var command = new Command("merge", "Merge two entities into one (recorded in `nexus history`, reversible with `nexus undo`)") { keep, other, db, by, note };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetValue(db)!);
            var kept = ReviewOptions.Entity(store, parse.GetValue(keep)!);
            var merged = ReviewOptions.Entity(store, parse.GetValue(other)!);
            if (kept.Id == merged.Id) throw new CliException($"'{kept.Name}' (#{kept.Id}) is already that entity", ExitCodes.Usage);
            var action = store.MergeEntities(kept.Id, merged.Id, parse.GetValue(by)!, parse.GetValue(note));
            Console.Out.WriteLine($"action {action.Id}: {action.Summary}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
