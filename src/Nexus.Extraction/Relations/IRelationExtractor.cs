using Nexus.Core.Claims;
using Nexus.Extraction.Pipeline;

namespace Nexus.Extraction.Relations;

/// <summary>Reads the claims a text makes about its entities: relation, polarity, speaker, valid time and evidence.</summary>
public interface IRelationExtractor
{
    IReadOnlyList<Claim> Extract(ExtractionContext context);
}
