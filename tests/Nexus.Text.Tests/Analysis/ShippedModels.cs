using Nexus.Text.Analysis;

namespace Nexus.Text.Tests.Analysis;

/// <summary>The repository's shipped models and shared data, found from the test binary's folder; the analyzer is loaded once.</summary>
public sealed class ShippedModels
{
    public ShippedModels()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Nexus.sln"))) continue;
            Root = dir.FullName;
            break;
        }
        if (Root is null) throw new InvalidOperationException("tests must run inside the repository");
        Analyzer = NlpTextAnalyzer.Load(Path.Combine(Root, "models"));
    }

    public string Root { get; } = null!;

    public NlpTextAnalyzer Analyzer { get; }

    /// <summary>A file under the shared data folder that sits beside the repository (../shared/data).</summary>
    public string Data(params string[] parts) => Path.Combine([Root, "..", "shared", "data", .. parts]);
}
