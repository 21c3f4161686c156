using Nexus.Text.Learning;

namespace Nexus.Text.Tagging;

/// <summary>
/// The tags each frequent training word was seen with (its "ambiguity class"), keyed by the hash of its
/// lower-cased form. Gives the greedy tagger a look at the likely tags of the words to its right.
/// </summary>
public sealed class TagDictionary
{
    private readonly Dictionary<ulong, ulong> _classes;

    public TagDictionary(Dictionary<ulong, ulong> classes) => _classes = classes;

    public int Count => _classes.Count;

    public void Annotate(Span<WordFeatures> words)
    {
        foreach (ref var w in words)
            w.Ambiguity = _classes.TryGetValue(w.Lower, out var c) ? c : FeatureHash.None;
    }

    /// <summary>Words seen at least <paramref name="minCount"/> times; a tag joins the class when it covers 5% of the word's uses.</summary>
    public static TagDictionary Learn(IEnumerable<(ulong Lower, int Tag)> words, int minCount = 3)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (lower, tag) in words)
        {
            if (!counts.TryGetValue(lower, out var byTag)) counts[lower] = byTag = [];
            byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
        }
        var classes = new Dictionary<ulong, ulong>();
        foreach (var (lower, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            if (total < minCount) continue;
            var h = 0x9AE16A3B2F90404FUL;
            foreach (var tag in byTag.Where(e => e.Value * 20 >= total).Select(e => e.Key).Order()) h = FeatureHash.Mix(h, (ulong)tag + 1);
            classes[lower] = h;
        }
        return new TagDictionary(classes);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_classes.Count);
        foreach (var (key, value) in _classes.OrderBy(e => e.Key)) { writer.Write(key); writer.Write(value); }
    }

    public static TagDictionary Read(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var map = new Dictionary<ulong, ulong>(n);
        for (var i = 0; i < n; i++) map[reader.ReadUInt64()] = reader.ReadUInt64();
        return new TagDictionary(map);
    }
}
