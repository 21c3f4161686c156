using Nexus.Core.Events;
using Nexus.Extraction.Pipeline;

namespace Nexus.Extraction.Events;

/// <summary>Finds the events a text reports, with their dates resolved against the publication date.</summary>
public interface IEventExtractor
{
    IReadOnlyList<Event> Extract(ExtractionContext context);
}
