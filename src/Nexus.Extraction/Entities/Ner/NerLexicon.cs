namespace Nexus.Extraction.Entities.Ner;

/// <summary>
/// The NER's own gazetteer, wider than the knowledge base and never used for linking: place, organisation and
/// person names (longest match over tokens, case-insensitive) and the first and last words of person names, and nationality words.
/// Names are hashed (FNV-1a over lower-cased characters) so that tagging a sentence allocates one byte per token.
/// </summary>
public sealed class NerLexicon
{
    public const byte Loc = 1, Org = 2, Per = 4, Begin = 8, FirstName = 16, LastName = 32, Nationality = 64, LowerPlace = 128;
    private const int MaxWords = 5;
    private const byte Types = Loc | Org | Per;
    private const byte Prefix = 128; // the words so far begin a longer name
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private readonly Dictionary<ulong, byte> _names = [];
    private readonly Dictionary<ulong, byte> _words = [];
    private readonly Dictionary<ulong, byte> _major = [];

    public NerLexicon(IReadOnlyList<string> places, IReadOnlyList<string> organisations, IReadOnlyList<string> people, IReadOnlyList<string> nationalities, IReadOnlyList<string>? majorPlaces = null)
    {
        (Places, Organisations, People, Nationalities, MajorPlaces) = (places, organisations, people, nationalities, majorPlaces ?? []);
        foreach (var name in MajorPlaces) AddName(_major, name, Loc);
        foreach (var word in nationalities) AddWord(word, Nationality);
        foreach (var name in places) AddName(_names, name, Loc);
        foreach (var name in organisations) AddName(_names, name, Org);
        foreach (var name in people)
        {
            AddName(_names, name, Per);
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            AddWord(words[0], FirstName);
            AddWord(words[^1], LastName);
        }
    }

    public static NerLexicon Empty { get; } = new([], [], [], []);

    public IReadOnlyList<string> Places { get; }

    public IReadOnlyList<string> Organisations { get; }

    public IReadOnlyList<string> People { get; }

    /// <summary>Nationality words ("Afghan", "Pakistani"), which only some corpora annotate (as MISC).</summary>
    public IReadOnlyList<string> Nationalities { get; }

    /// <summary>Countries, states and provinces: also matched when written in lower case ("kerala", "florida"), as <see cref="LowerPlace"/>.</summary>
    public IReadOnlyList<string> MajorPlaces { get; }

    public IReadOnlyList<string>[] Lists => [Places, Organisations, People, Nationalities, MajorPlaces];

    public int Count => _names.Count + _words.Count + _major.Count;

    /// <summary>
    /// One code per token: the type bits of the longest name starting at a capitalised token that covers it
    /// (with <see cref="Begin"/> on its first token), and the first-name and last-name bits of the word.
    /// </summary>
    public byte[] Tag(NerSentence s)
    {
        var tags = new byte[s.Count];
        if (Count == 0) return tags;
        for (var i = 0; i < s.Count; i++)
        {
            var t = s.Token(i);
            if (_words.TryGetValue(Hash(Offset, t), out var bits)) tags[i] |= bits;
        }
        var k = 0;
        while (k < s.Count)
        {
            var t = s.Token(k);
            if (t.Length == 0 || !char.IsUpper(t[0])) { k++; continue; }
            var h = Offset;
            int bestEnd = -1;
            byte bestType = 0;
            for (var n = 0; n < MaxWords && k + n < s.Count; n++)
            {
                if (n > 0) h = (h ^ ' ') * Prime;
                h = Hash(h, s.Token(k + n));
                if (!_names.TryGetValue(h, out var type)) break; // no name starts with these words
                if ((type & Types) != 0) { bestEnd = k + n + 1; bestType = (byte)(type & Types); }
            }
            if (bestEnd < 0) { k++; continue; }
            for (var j = k; j < bestEnd; j++) tags[j] |= (byte)(bestType | (j == k ? Begin : 0));
            k = bestEnd;
        }
        if (_major.Count > 0) TagLowerPlaces(s, tags);
        return tags;
    }

    /// <summary>Marks the longest major place name that starts at a lower-case word.</summary>
    private void TagLowerPlaces(NerSentence s, byte[] tags)
    {
        var k = 0;
        while (k < s.Count)
        {
            var t = s.Token(k);
            if (t.Length < 3 || !char.IsLower(t[0])) { k++; continue; }
            var h = Offset;
            var bestEnd = -1;
            for (var n = 0; n < 3 && k + n < s.Count; n++)
            {
                if (n > 0) h = (h ^ ' ') * Prime;
                h = Hash(h, s.Token(k + n));
                if (!_major.TryGetValue(h, out var type)) break;
                if ((type & Types) != 0) bestEnd = k + n + 1;
            }
            if (bestEnd < 0) { k++; continue; }
            for (var j = k; j < bestEnd; j++) tags[j] |= LowerPlace;
            k = bestEnd;
        }
    }

    private static void AddName(Dictionary<ulong, byte> into, string name, byte type)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords || words.Length == 1 && words[0].Length < 3) return;
        var h = Offset;
        for (var n = 0; n < words.Length; n++)
        {
            if (n > 0) h = (h ^ ' ') * Prime;
            h = Hash(h, words[n]);
            into[h] = (byte)(into.GetValueOrDefault(h) | (n == words.Length - 1 ? type : Prefix));
        }
    }

    private void AddWord(string word, byte bit)
    {
        if (word.Length < 2 || !char.IsLetter(word[0])) return;
        var h = Hash(Offset, word);
        _words[h] = (byte)(_words.GetValueOrDefault(h) | bit);
    }

    private static ulong Hash(ulong h, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return h;
    }
}
