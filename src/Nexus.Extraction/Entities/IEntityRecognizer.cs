using Nexus.Text.Analysis;

namespace Nexus.Extraction.Entities;

/// <summary>Finds the names of actors, people and places in analysed text.</summary>
public interface IEntityRecognizer
{
    IReadOnlyList<EntityMention> Recognize(AnalyzedText text);
}
