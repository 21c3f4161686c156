namespace Nexus.Cli.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder with Nexus.sln) and the shared data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "..", "shared", "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nexus.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find Nexus.sln above the test binaries");
    }
}
