using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Extraction.Linking;
using Nexus.Extraction.Pipeline;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Tests.TestSupport;

/// <summary>The shipped models (models/ at the repository root), loaded once for all entity tests.</summary>
public static class EntityTestModels
{
    private static readonly Lazy<(ITextAnalyzer Analyzer, IEntityRecognizer Recognizer, IEntityLinker Linker, KnowledgeBaseIndex Kb)> Loaded = new(() =>
    {
        var models = ModelsDirectory();
        var (recognizer, linker) = DefaultPipeline.EntityStages(models);
        return (DefaultPipeline.CreateAnalyzer(models), recognizer, linker, KnowledgeBaseIndex.Load(Path.Combine(models, "kb.tsv.gz")));
    });

    public static KnowledgeBaseIndex Kb => Loaded.Value.Kb;

    public static AnalyzedText Analyze(string text) => Loaded.Value.Analyzer.Analyze(text, [new TextSpan(0, text.Length)]);

    public static IReadOnlyList<EntityMention> Recognize(string text) => Loaded.Value.Recognizer.Recognize(Analyze(text));

    public static IReadOnlyList<Entity> Link(string text)
    {
        var analysis = Analyze(text);
        return Loaded.Value.Linker.Link(analysis, Loaded.Value.Recognizer.Recognize(analysis));
    }

    /// <summary>The entity that has a mention with exactly this surface text.</summary>
    public static Entity EntityAt(string text, IReadOnlyList<Entity> entities, string surface, int occurrence = 0)
    {
        var start = -1;
        for (var k = 0; k <= occurrence; k++) start = text.IndexOf(surface, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' is not in the text");
        var span = new TextSpan(start, start + surface.Length);
        return Assert.Single(entities, e => e.Mentions.Contains(span));
    }

    public static string ModelsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nexus.sln"))) return Path.Combine(dir.FullName, "models");
        throw new InvalidOperationException("repository root not found");
    }
}
