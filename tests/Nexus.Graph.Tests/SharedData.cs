namespace Nexus.Graph.Tests;

/// <summary>Finds ../shared/data beside the repository (CI clones the repository with shared/ beside it).</summary>
public static class SharedData
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nexus.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        throw new DirectoryNotFoundException("no Nexus.sln above the test binaries, so no ../shared/data");
    }
}
