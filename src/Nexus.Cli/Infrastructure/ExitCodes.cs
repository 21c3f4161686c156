namespace Nexus.Cli.Infrastructure;

/// <summary>What `nexus` exits with. Scripts may rely on these.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs could not be read; the others were processed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong: an unknown verb or flag, a missing argument.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened or written.</summary>
    public const int StoreError = 3;

    /// <summary>Nothing matched the query (show NAME with no such entity).</summary>
    public const int NotFound = 4;
}
