using Nexus.Core.Entities;
using Nexus.Extraction.Entities;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Linking;

/// <summary>
/// Groups mentions into entities of one article ("ISI", "Inter-Services Intelligence", "the spy agency"
/// are one), gives each a canonical name and type, and ties it to the knowledge base where it can.
/// </summary>
public interface IEntityLinker
{
    IReadOnlyList<Entity> Link(AnalyzedText text, IReadOnlyList<EntityMention> mentions);
}
