using Nexus.Extraction.Entities;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.Events;
using Nexus.Extraction.KnowledgeBase;
using Nexus.Extraction.Linking;
using Nexus.Extraction.Relations;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Pipeline;

/// <summary>The composition root of extraction: the best stages available, given the folder of shipped models.</summary>
public static class DefaultPipeline
{
    public static ExtractionPipeline Create(string modelsDirectory)
    {
        var kb = LoadKnowledgeBase(modelsDirectory);
        var (recognizer, linker) = EntityStages(modelsDirectory, kb);
        return new ExtractionPipeline(
            CreateAnalyzer(modelsDirectory),
            recognizer,
            linker,
            new PatternRelationExtractor(demonyms: kb is null ? null : Demonyms(kb)),
            CreateEventExtractor(),
            kb);
    }

    /// <summary>The KB-backed recognizer and linker when models/kb.tsv.gz (and ner.bin.gz) exist; the baselines otherwise.</summary>
    public static (IEntityRecognizer Recognizer, IEntityLinker Linker) EntityStages(string modelsDirectory) =>
        EntityStages(modelsDirectory, LoadKnowledgeBase(modelsDirectory));

    private static (IEntityRecognizer Recognizer, IEntityLinker Linker) EntityStages(string modelsDirectory, KnowledgeBaseIndex? kb)
    {
        if (kb is null) return (new CapitalizedSpanRecognizer(), new SurfaceLinker());
        var nerPath = Path.Combine(modelsDirectory, "ner.bin.gz");
        var ner = File.Exists(nerPath) ? NerModel.Load(nerPath) : null;
        return (new HybridEntityRecognizer(kb, ner), new KnowledgeLinker(kb));
    }

    private static KnowledgeBaseIndex? LoadKnowledgeBase(string modelsDirectory)
    {
        var kbPath = Path.Combine(modelsDirectory, "kb.tsv.gz");
        return File.Exists(kbPath) ? KnowledgeBaseIndex.Load(kbPath) : null;
    }

    /// <summary>Demonyms of the knowledge base's countries, for the claim reader's coordinated "Indian, Canadian, and UK agencies".</summary>
    public static CountryOfDemonym Demonyms(KnowledgeBaseIndex kb) =>
        word => kb.CountryOfDemonym(word) is { } e ? (e.Id, e.Name) : null;

    /// <summary>The event stage on its own (the claim-rule calibration tool runs it with gold entities).</summary>
    public static IEventExtractor CreateEventExtractor() => new LexiconEventExtractor();

    /// <summary>The tagger and parser when their shipped models are present, else tokens and sentences only.</summary>
    public static ITextAnalyzer CreateAnalyzer(string modelsDirectory) =>
        NlpTextAnalyzer.ModelsExist(modelsDirectory) ? NlpTextAnalyzer.Load(modelsDirectory) : new BasicTextAnalyzer();
}
