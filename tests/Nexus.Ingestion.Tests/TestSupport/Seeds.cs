namespace Nexus.Ingestion.Tests.TestSupport;

/// <summary>Locates the shared seed articles: ../shared/seeds relative to the repository root (the folder holding Nexus.sln).</summary>
internal static class Seeds
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Folder => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));

    /// <summary>The seed whose file name starts with <paramref name="prefix"/>, e.g. "001".</summary>
    public static string PathOf(string prefix) =>
        Directory.EnumerateFiles(Folder, prefix + "_*.txt").Single();

    public static string TextOf(string prefix) => File.ReadAllText(PathOf(prefix));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nexus.sln"))) return dir.FullName;
        throw new InvalidOperationException("Nexus.sln not found above " + AppContext.BaseDirectory);
    }
}
