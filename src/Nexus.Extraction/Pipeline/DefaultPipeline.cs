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
        _ = modelsDirectory; // models plug in here as they are trained
        return new ExtractionPipeline(
            new BasicTextAnalyzer(),
            new CapitalizedSpanRecognizer(),
            new SurfaceLinker(),
            new PatternRelationExtractor(),
            CreateEventExtractor());
    }

    /// <summary>The event stage on its own (the claim-rule calibration tool runs it with gold entities).</summary>
    public static IEventExtractor CreateEventExtractor() => new CueEventExtractor();
}
