using Nexus.Core.Entities;
using Nexus.Extraction.Entities;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Linking;

/// <summary>The mentions gathered for one entity while linking, with the KB entry they resolved to, if any.</summary>
internal sealed class LinkGroup(string key, KbEntry? entry, EntityType type)
{
    public string Key { get; } = key;

    public KbEntry? Entry { get; set; } = entry;

    public EntityType Type { get; set; } = type;

    public List<EntityMention> Mentions { get; } = [];

    /// <summary>Surfaces added by rules rather than mentions (a long form defined beside an acronym).</summary>
    public List<string> ExtraAliases { get; } = [];

    public int FirstStart => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.Span.Start);
}
