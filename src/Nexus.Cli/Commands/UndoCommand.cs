using System.CommandLine;
using Nexus.Cli.Infrastructure;

namespace Nexus.Cli.Commands;

/// <summary>`nexus undo ACTION`: reverts one recorded correction; the undo is itself recorded.</summary>
public static class UndoCommand
{
    public static Command Create()
    {
        var action = new Argument<long>("action") { Description = "The action id, as `nexus history` lists it" };
        var db = CommonOptions.Database();
        var by = ReviewOptions.By();
        var command = new Command("undo", "Revert a merge, split or review listed by `nexus history`") { action, db, by };
        command.SetAction(parse =>
        {
            using var store = StoreOpener.OpenExisting(parse.GetValue(db)!);
            try
            {
                var undo = store.Undo(parse.GetValue(action), parse.GetValue(by)!);
                Console.Out.WriteLine($"action {undo.Id}: {undo.Summary}");
            }
            catch (KeyNotFoundException e)
            {
                throw new CliException(e.Message, ExitCodes.NotFound);
            }
            catch (InvalidOperationException e)
            {
                throw new CliException(e.Message, ExitCodes.Usage);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
