using Nexus.Text.IO;

namespace Nexus.Benchmarks.Text;

/// <summary>Benchmark input: the raw text of the UD EWT dev set (paragraphs as blank-line separated blocks), and the shipped models folder.</summary>
internal static class TextCorpus
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nexus.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }

    public static string ModelsDirectory => Path.Combine(RepositoryRoot(), "models");

    public static string EwtDevText()
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-dev.conllu");
        var text = new System.Text.StringBuilder();
        foreach (var s in ConlluReader.ReadFile(path))
        {
            if (text.Length > 0) text.Append(s.StartsParagraph ? "\n\n" : " ");
            text.Append(s.Text);
        }
        return text.ToString();
    }
}
