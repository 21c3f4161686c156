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

        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());

        return root;
    }

    public static int Run(string[] args)
    {
        try
        {
            return BuildRoot().Parse(args).Invoke();
        }
        catch (CliException e)
        {
            Console.Error.WriteLine($"nexus: {e.Message}");
            return e.ExitCode;
        }
    }
}
