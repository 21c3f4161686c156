namespace Nexus.Text.Learning;

/// <summary>
/// Hierarchical word clusters from unlabelled text by divisive exchange: every class is split in two, level by
/// level, and words are moved between the two halves while that raises the likelihood of a class bigram model
/// that predicts a word's class from the word before it and from the word after it (Uszkoreit and Brants' predictive
/// model, both directions). A word's path of halves (0 = first, 1 = second) is a bit string, so prefixes give coarser
/// classes, as with Brown clusters. Lower-cased forms; deterministic (no randomness, fixed visiting order).
/// </summary>
public sealed class WordClusterer
{
    /// <summary>Words seen fewer times are not clustered (they still count as context).</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>Levels of halving: at most 2^MaxDepth clusters.</summary>
    public int MaxDepth { get; init; } = 12;

    /// <summary>Exchange sweeps per split (fewer when no word moves).</summary>
    public int Iterations { get; init; } = 12;

    public Action<string>? Log { get; init; }

    /// <summary>Clusters the words of <paramref name="sentences"/>; returns each clustered word with its bit path and count.</summary>
    public IReadOnlyList<(string Word, string Path, int Count)> Cluster(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal) { ["<s>"] = 0 };
        var words = new List<string> { "<s>" };
        var counts = new List<int> { 0 };
        var pairs = new Dictionary<long, int>();
        long tokens = 0;
        foreach (var sentence in sentences)
        {
            var previous = 0;
            foreach (var raw in sentence)
            {
                var word = raw.ToLowerInvariant();
                if (!ids.TryGetValue(word, out var id)) { id = words.Count; ids[word] = id; words.Add(word); counts.Add(0); }
                counts[id]++;
                tokens++;
                var key = (long)previous << 32 | (uint)id;
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
                previous = id;
            }
            var end = (long)previous << 32;
            pairs[end] = pairs.GetValueOrDefault(end) + 1;
        }
        var contexts = new Contexts(words.Count, pairs);
        var members = Enumerable.Range(1, words.Count - 1).Where(w => counts[w] >= MinCount)
            .OrderByDescending(w => counts[w]).ThenBy(w => words[w], StringComparer.Ordinal).ToArray();
        Log?.Invoke($"{tokens} tokens, {words.Count - 1} word types, {members.Length} clustered, {pairs.Count} bigram types");

        var table = new XLogX(tokens + 2);
        var path = new string[words.Count];
        var classes = new List<(int[] Words, string Path)> { (members, "") };
        var split = new ClusterSplitter(words.Count, counts, contexts, table, Iterations);
        for (var depth = 1; depth <= MaxDepth; depth++)
        {
            var next = new List<(int[] Words, string Path)>(classes.Count * 2);
            foreach (var (classWords, classPath) in classes)
            {
                if (classWords.Length < 2) { next.Add((classWords, classPath)); continue; }
                var side = split.Split(classWords);
                next.Add(([.. classWords.Where((_, k) => !side[k])], classPath + "0"));
                next.Add(([.. classWords.Where((_, k) => side[k])], classPath + "1"));
            }
            classes = next;
            Log?.Invoke($"depth {depth}: {classes.Count} clusters");
        }
        foreach (var (classWords, classPath) in classes)
            foreach (var w in classWords) path[w] = classPath;
        return [.. members.Select(w => (words[w], path[w], counts[w]))];
    }

    /// <summary>The left and right neighbours of each word with their counts (id 0 is the sentence boundary).</summary>
    internal sealed class Contexts
    {
        public readonly (int Word, int Count)[][] Left, Right;

        public Contexts(int size, Dictionary<long, int> pairs)
        {
            var left = new List<(int, int)>[size];
            var right = new List<(int, int)>[size];
            for (var i = 0; i < size; i++) { left[i] = []; right[i] = []; }
            foreach (var (key, n) in pairs.OrderBy(e => e.Key))
            {
                int a = (int)(key >> 32), b = (int)(key & 0xFFFFFFFF);
                right[a].Add((b, n));
                left[b].Add((a, n));
            }
            Left = [.. left.Select(l => l.ToArray())];
            Right = [.. right.Select(l => l.ToArray())];
        }
    }

    /// <summary>x log x for the integer counts, tabulated.</summary>
    internal sealed class XLogX(long max)
    {
        private readonly double[] _values = [.. Enumerable.Range(0, (int)max + 1).Select(x => x == 0 ? 0 : x * Math.Log(x))];

        public double this[int x] => _values[x];
    }
}
