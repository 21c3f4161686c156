using Nexus.Extraction.Entities;
using Nexus.Extraction.Events;
using Nexus.Extraction.Linking;
using Nexus.Extraction.Relations;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Pipeline;

/// <summary>The composition root of extraction: the best stages available, given the folder of shipped models.</summary>
public static class DefaultPipeline
{
    public static ExtractionPipeline Create(string modelsDirectory)
    {
        return new ExtractionPipeline(
            CreateAnalyzer(modelsDirectory),
            new CapitalizedSpanRecognizer(),
            new SurfaceLinker(),
            new CueRelationExtractor(),
            new CueEventExtractor());
    }

    /// <summary>The tagger and parser when their shipped models are present, else tokens and sentences only.</summary>
    public static ITextAnalyzer CreateAnalyzer(string modelsDirectory) =>
        NlpTextAnalyzer.ModelsExist(modelsDirectory) ? NlpTextAnalyzer.Load(modelsDirectory) : new BasicTextAnalyzer();
}
