using Nexus.Core.Entities;

namespace Nexus.Extraction.KnowledgeBase;

/// <summary>
/// The knowledge base in memory: entries by <see cref="KbKey"/> of every name and alias (first entry
/// added wins, so curated entries come first), countries by demonym and by capital, and the longest
/// name in words so that span matching knows when to stop.
/// </summary>
public sealed class KnowledgeBaseIndex
{
    private readonly Dictionary<string, KbEntry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbEntry> _countryByDemonym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbEntry> _countryByCapital = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbEntry> _countryByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbEntry> _byId = new(StringComparer.Ordinal);

    public KnowledgeBaseIndex(IEnumerable<KbEntry> entries)
    {
        foreach (var entry in entries)
        {
            Count++;
            _byId.TryAdd(entry.Id, entry);
            foreach (var name in entry.AllNames)
            {
                var key = KbKey.Of(name);
                if (key.Length == 0) continue;
                _byKey.TryAdd(key, entry);
                MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
            }
            foreach (var demonym in entry.Demonyms) _countryByDemonym.TryAdd(KbKey.Of(demonym), entry);
            foreach (var capital in entry.Capitals) _countryByCapital.TryAdd(KbKey.Of(capital), entry);
            if (entry.Type == EntityType.Government && entry.Country.Length > 0) _countryByCode.TryAdd(entry.Country, entry);
        }
    }

    public static KnowledgeBaseIndex Empty { get; } = new([]);

    public int Count { get; }

    public int MaxWords { get; private set; } = 1;

    public static KnowledgeBaseIndex Load(string path) => new(KnowledgeBaseFile.Read(path));

    public KbEntry? Find(string surface) => _byKey.GetValueOrDefault(KbKey.Of(surface));

    public KbEntry? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    public KbEntry? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The country whose demonym this is ("Pakistani" → Pakistan), or null.</summary>
    public KbEntry? CountryOfDemonym(string word) => _countryByDemonym.GetValueOrDefault(KbKey.Of(word));

    /// <summary>The country whose capital this is ("Islamabad" → Pakistan), or null.</summary>
    public KbEntry? CountryOfCapital(string name) => _countryByCapital.GetValueOrDefault(KbKey.Of(name));

    public KbEntry? CountryByCode(string code) => _countryByCode.GetValueOrDefault(code);
}
