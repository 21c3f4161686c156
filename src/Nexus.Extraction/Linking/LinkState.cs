using Nexus.Core.Entities;
using Nexus.Extraction.Entities;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Linking;

/// <summary>The entities of one article as linking builds them: groups by key, and every surface key seen so far.</summary>
internal sealed class LinkState(KnowledgeBaseIndex kb)
{
    private static readonly string[] LeaderCues = ["chairman of", "leader of", "chief of", "head of", "founder of", "spokesperson of", "spokesman of", "spokesperson for", "member of", "members of", "emir of"];

    /// <summary>Group key → group; merged groups share one object under several keys.</summary>
    public Dictionary<string, LinkGroup> Groups { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, LinkGroup> _bySurface = new(StringComparer.Ordinal);

    public void Add(LinkGroup group, EntityMention mention)
    {
        if (!group.Mentions.Contains(mention)) group.Mentions.Add(mention);
        var key = KbKey.Of(NameForms.StripTitles(mention.Text));
        if (key.Length > 0) _bySurface.TryAdd(key, group);
    }

    public LinkGroup Descriptor(EntityMention m) => Group("desc:" + m.GroupKey, m.KbId is null ? null : kb.ById(m.KbId), m.Type ?? EntityType.MilitantGroup);

    public LinkGroup Resolve(string text, EntityMention m)
    {
        if (m.KbId is not null && kb.ById(m.KbId) is { } known) return ForEntry(known);
        var stripped = NameForms.StripTitles(m.Text);
        var key = KbKey.Of(stripped);
        if (_bySurface.TryGetValue(key, out var seen)) return seen;
        if (kb.FindByKey(key) is { } entry && Compatible(m.Type, entry.Type)) return ForEntry(entry);
        if (WithoutPlaceSuffix(stripped) is { } bare && kb.Find(bare) is { Type: EntityType.Location or EntityType.Government } place) return ForEntry(place);
        if (ShortForm(stripped, m.Type) is { } person) return person;
        if (stripped.IndexOf(' ') < 0 && DescriptorByRoot(stripped) is { } described) return described;
        if (PrefixEntry(stripped) is { } prefix && !HasOwnHead(stripped, prefix)) return ForEntry(prefix);
        var type = m.Type ?? TypeCues.Guess(stripped);
        // "Africa Corps", "US Africa Command": a head noun that names an organisation outweighs a place or person label.
        if (type is EntityType.Location or EntityType.Person && TypeCues.Cue(stripped) is { } cue
            && cue is not (EntityType.Location or EntityType.Event or EntityType.Project or EntityType.Population)) type = cue;
        if (type is EntityType.Location or EntityType.Person && FollowsLeaderCue(text, m.Span.Start)) type = TypeCues.GuessOrganisation(stripped);
        return Group("new:" + key, null, type);
    }

    /// <summary>"Long Form (ACR)": both surfaces name one entity; if only the acronym is known to the KB, that entry wins.</summary>
    public LinkGroup BindAcronym(LinkGroup longForm, EntityMention longMention, EntityMention acronym)
    {
        var entry = acronym.KbId is not null ? kb.ById(acronym.KbId) : kb.Find(acronym.Text);
        if (longForm.Entry is not null || entry is null || longForm.Mentions.Count > 1) return longForm;
        var target = ForEntry(entry);
        longForm.Mentions.Remove(longMention);
        Add(target, longMention);
        foreach (var k in Groups.Where(p => p.Value == longForm).Select(p => p.Key).ToList()) Groups[k] = target;
        foreach (var k in _bySurface.Where(p => p.Value == longForm).Select(p => p.Key).ToList()) _bySurface[k] = target;
        return target;
    }

    public LinkGroup ForEntry(KbEntry entry) => Group("kb:" + entry.Id, entry, entry.Type);

    public void Merge(LinkGroup from, LinkGroup into)
    {
        if (from == into) return;
        foreach (var m in from.Mentions) into.Mentions.Add(m);
        from.Mentions.Clear();
        foreach (var k in Groups.Where(p => p.Value == from).Select(p => p.Key).ToList()) Groups[k] = into;
        foreach (var k in _bySurface.Where(p => p.Value == from).Select(p => p.Key).ToList()) _bySurface[k] = into;
    }

    private LinkGroup Group(string key, KbEntry? entry, EntityType type)
    {
        if (!Groups.TryGetValue(key, out var g)) Groups[key] = g = new LinkGroup(key, entry, type);
        return g;
    }

    private static bool Compatible(EntityType? mentionType, EntityType kbType) =>
        mentionType is null || mentionType == EntityType.Person == (kbType == EntityType.Person);

    /// <summary>"Munir" after "General Asim Munir": one capitalised word that is a word of a person named earlier.</summary>
    private LinkGroup? ShortForm(string stripped, EntityType? type)
    {
        if (stripped.IndexOf(' ') >= 0 || type is not (null or EntityType.Person or EntityType.Location or EntityType.Organization)) return null;
        return Groups.Values.Distinct().FirstOrDefault(g => g.Type == EntityType.Person && g.Mentions.Any(m => NameForms.NameWords(m.Text).Contains(stripped, StringComparer.Ordinal)));
    }

    /// <summary>"Khalistan" where the article speaks of "Khalistani operatives": the name is the group's modifier.</summary>
    private LinkGroup? DescriptorByRoot(string word)
    {
        var root = GroupLexicon.Root(NameForms.StripPossessive(word));
        return Groups.Where(p => p.Key.StartsWith("desc:" + root + "|", StringComparison.Ordinal) && p.Key.EndsWith("|MilitantGroup", StringComparison.Ordinal))
            .Select(p => p.Value).FirstOrDefault();
    }

    /// <summary>"Islamic State Sahel Province" is not "Islamic State": the longer name ends in a head noun of its own.</summary>
    private static bool HasOwnHead(string name, KbEntry prefix)
    {
        var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return TypeCues.Cue(last) is not null && !prefix.Name.EndsWith(last, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"China Pakistan Economic Corridor Project 2.0": the longest leading run of two or more words that the KB knows.</summary>
    private KbEntry? PrefixEntry(string stripped)
    {
        var words = stripped.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length - 1; n >= 2; n--)
            if (kb.Find(string.Join(' ', words, 0, n)) is { } e && e.Type is not (EntityType.Location or EntityType.Person)) return e;
        return null;
    }

    /// <summary>"Balochistan province", "Orakzai district": the place without its kind.</summary>
    private static string? WithoutPlaceSuffix(string name)
    {
        foreach (var suffix in new[] { " province", " Province", " district", " District", " region", " agency", " division", " state" })
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 2) return name[..^suffix.Length];
        return null;
    }

    private static bool FollowsLeaderCue(string text, int start)
    {
        var from = Math.Max(0, start - 20);
        var before = text[from..start].ToLowerInvariant().Replace(" the ", " ", StringComparison.Ordinal).TrimEnd();
        return LeaderCues.Any(c => before.EndsWith(c, StringComparison.Ordinal));
    }
}
