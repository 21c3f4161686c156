namespace Nexus.Cli.Infrastructure;

/// <summary>A failure to report as one line on stderr and an exit code, with no stack trace.</summary>
public sealed class CliException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
