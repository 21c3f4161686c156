using System.CommandLine;
using Nexus.Cli.Commands;
using Nexus.Cli.Infrastructure;

namespace Nexus.Cli;

/// <summary>The `nexus` command: its verbs, and the exit codes every verb shares.</summary>
public static class NexusApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Nexus: reads reporting on militant groups, state proxies and criminal networks, and maps who backs, arms, funds and fights whom.");
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(MapCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SynthesizeCommand.Create());
        root.Subcommands.Add(KbCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ThreadsCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(SplitCommand.Create());
        root.Subcommands.Add(HistoryCommand.Create());
        root.Subcommands.Add(UndoCommand.Create());
        return root;
    }

    public static int Run(string[] args)
    {
        try
        {
            var parse = BuildRoot().Parse(args);
            if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
            {
                // One clear line per problem, not the whole help page: scripts read stderr too.
                foreach (var error in parse.Errors) Console.Error.WriteLine($"nexus: {error.Message}");
                Console.Error.WriteLine("nexus: see 'nexus --help'");
                return ExitCodes.Usage;
            }
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            Console.Error.WriteLine($"nexus: {e.Message}");
            return e.ExitCode;
        }
        catch (Nexus.Store.StoreException e)
        {
            Console.Error.WriteLine($"nexus: {e.Message}");
            return ExitCodes.StoreError;
        }
    }
}
