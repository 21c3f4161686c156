namespace Nexus.Text.Learning;

/// <summary>
/// Splits one word class in two by exchange: the words start in alternate halves by frequency rank, then each word
/// in turn moves to the other half when that raises the log-likelihood
/// sum f(L(v,c)) + sum f(R(c,v)) - 2 sum f(N(c)), f(x) = x log x, where L(v,c) counts the word v followed by a word of
/// class c, R(c,v) a word of class c followed by v, N(c) the tokens of class c. Only the two halves' terms change.
/// </summary>
internal sealed class ClusterSplitter(int size, IReadOnlyList<int> counts, WordClusterer.Contexts contexts, WordClusterer.XLogX f, int iterations)
{
    private readonly int[][] _left = [new int[size], new int[size]];
    private readonly int[][] _right = [new int[size], new int[size]];

    /// <summary>For each word of <paramref name="words"/> (most frequent first), whether it goes to the second half.</summary>
    public bool[] Split(int[] words)
    {
        var side = new bool[words.Length];
        var total = new long[2];
        var members = new int[2];
        for (var k = 0; k < words.Length; k++)
        {
            side[k] = k % 2 == 1;
            Add(words[k], side[k] ? 1 : 0, +1);
            total[side[k] ? 1 : 0] += counts[words[k]];
            members[side[k] ? 1 : 0]++;
        }
        for (var sweep = 0; sweep < iterations; sweep++)
        {
            var moved = 0;
            for (var k = 0; k < words.Length; k++)
            {
                int w = words[k], a = side[k] ? 1 : 0, b = 1 - a;
                if (members[a] == 1) continue;
                if (Gain(w, a, b, total) <= 1e-9) continue;
                Add(w, a, -1);
                Add(w, b, +1);
                total[a] -= counts[w];
                total[b] += counts[w];
                members[a]--;
                members[b]++;
                side[k] = !side[k];
                moved++;
            }
            if (moved == 0) break;
        }
        foreach (var w in words) { Clear(w); }
        return side;
    }

    private double Gain(int w, int a, int b, long[] total)
    {
        double gain = 0;
        int[] la = _left[a], lb = _left[b], ra = _right[a], rb = _right[b];
        foreach (var (v, n) in contexts.Left[w]) gain += f[la[v] - n] - f[la[v]] + f[lb[v] + n] - f[lb[v]];
        foreach (var (v, n) in contexts.Right[w]) gain += f[ra[v] - n] - f[ra[v]] + f[rb[v] + n] - f[rb[v]];
        int c = counts[w], na = (int)total[a], nb = (int)total[b];
        gain -= 2 * (f[na - c] - f[na] + f[nb + c] - f[nb]);
        return gain;
    }

    private void Add(int w, int half, int sign)
    {
        var l = _left[half];
        var r = _right[half];
        foreach (var (v, n) in contexts.Left[w]) l[v] += sign * n;
        foreach (var (v, n) in contexts.Right[w]) r[v] += sign * n;
    }

    private void Clear(int w)
    {
        foreach (var (v, _) in contexts.Left[w]) { _left[0][v] = 0; _left[1][v] = 0; }
        foreach (var (v, _) in contexts.Right[w]) { _right[0][v] = 0; _right[1][v] = 0; }
    }
}
