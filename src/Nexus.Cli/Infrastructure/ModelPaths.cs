namespace Nexus.Cli.Infrastructure;

/// <summary>Where the shipped models live: NEXUS_MODELS if set, else models/ beside the binary, else the repository's models/.</summary>
public static class ModelPaths
{
    public static string Directory
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("NEXUS_MODELS");
            if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
            var beside = Path.Combine(AppContext.BaseDirectory, "models");
            if (System.IO.Directory.Exists(beside)) return beside;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models");
                if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Nexus.sln"))) return candidate;
            }
            return beside;
        }
    }
}
