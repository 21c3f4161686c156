using Nexus.Text.Learning;
using static Nexus.Text.Learning.FeatureHash;

namespace Nexus.Text.Parsing;

/// <summary>
/// The parser's feature templates, after Zhang and Nivre (2011): words and tags of the stack top, the
/// buffer front and their neighbours, heads and outermost dependents, distance, valency and label sets.
/// </summary>
internal static class ParserFeatures
{
    private const int BaseCount = 82, ClusterCount = 8;

    /// <summary>The most templates of any model.</summary>
    public const int MaxCount = BaseCount + ClusterCount;

    /// <summary>Templates of a model: with the word-cluster ones when it was trained with clusters (older models have none).</summary>
    public static int CountOf(bool clusters) => clusters ? MaxCount : BaseCount;

    /// <summary>Fills <paramref name="f"/> (length <see cref="CountOf"/>).</summary>
    public static void Extract(ParseState s, ReadOnlySpan<WordFeatures> words, ReadOnlySpan<int> tags, Span<ulong> f, bool clusters)
    {
        var s0 = s.S0;
        var n0 = s.BufferFront <= s.N ? s.BufferFront : -1;
        var n1 = n0 >= 0 && n0 + 1 <= s.N ? n0 + 1 : -1;
        var n2 = n1 >= 0 && n1 + 1 <= s.N ? n1 + 1 : -1;
        var s1 = s.S1;
        var s0h = s.Head[s0];
        var s0h2 = s0h >= 0 ? s.Head[s0h] : -1;
        int s0l = s.Left1[s0], s0l2 = s.Left2[s0], s0r = s.Right1[s0], s0r2 = s.Right2[s0];
        int n0l = n0 >= 0 ? s.Left1[n0] : -1, n0l2 = n0 >= 0 ? s.Left2[n0] : -1;


        ulong s0w = W(words, s0), s0p = T(tags, s0), n0w = W(words, n0), n0p = T(tags, n0), n1w = W(words, n1), n1p = T(tags, n1), n2w = W(words, n2), n2p = T(tags, n2);
        ulong s0wp = Mix(s0w, s0p), n0wp = Mix(n0w, n0p);
        ulong d = n0 >= 0 ? (ulong)Math.Min(n0 - s0, 10) : None;
        ulong s0vl = (ulong)s.LeftCount[s0], s0vr = (ulong)s.RightCount[s0], n0vl = n0 >= 0 ? (ulong)s.LeftCount[n0] : None;
        ulong s0sl = s.LeftLabels[s0], s0sr = s.RightLabels[s0], n0sl = n0 >= 0 ? s.LeftLabels[n0] : None;

        f[0] = Of(1, s0wp); f[1] = Of(2, s0w); f[2] = Of(3, s0p);
        f[3] = Of(4, n0wp); f[4] = Of(5, n0w); f[5] = Of(6, n0p);
        f[6] = Of(7, n1w, n1p); f[7] = Of(8, n1w); f[8] = Of(9, n1p);
        f[9] = Of(10, n2w, n2p); f[10] = Of(11, n2w); f[11] = Of(12, n2p);
        f[12] = Of(13, s0wp, n0wp); f[13] = Of(14, s0wp, n0w); f[14] = Of(15, s0w, n0wp);
        f[15] = Of(16, s0wp, n0p); f[16] = Of(17, s0p, n0wp); f[17] = Of(18, s0w, n0w);
        f[18] = Of(19, s0p, n0p); f[19] = Of(20, n0p, n1p);
        f[20] = Of(21, n0p, n1p, n2p); f[21] = Of(22, s0p, n0p, n1p);
        f[22] = Of(23, T(tags, s0h), s0p, n0p); f[23] = Of(24, s0p, T(tags, s0l), n0p);
        f[24] = Of(25, s0p, T(tags, s0r), n0p); f[25] = Of(26, s0p, n0p, T(tags, n0l));
        f[26] = Of(27, s0w, d); f[27] = Of(28, s0p, d); f[28] = Of(29, n0w, d); f[29] = Of(30, n0p, d);
        f[30] = Of(31, s0w, n0w, d); f[31] = Of(32, s0p, n0p, d);
        f[32] = Of(33, s0w, s0vr); f[33] = Of(34, s0p, s0vr); f[34] = Of(35, s0w, s0vl);
        f[35] = Of(36, s0p, s0vl); f[36] = Of(37, n0w, n0vl); f[37] = Of(38, n0p, n0vl);
        f[38] = Of(39, W(words, s0h)); f[39] = Of(40, T(tags, s0h)); f[40] = Of(41, L(s, s0));
        f[41] = Of(42, W(words, s0l)); f[42] = Of(43, T(tags, s0l)); f[43] = Of(44, L(s, s0l));
        f[44] = Of(45, W(words, s0r)); f[45] = Of(46, T(tags, s0r)); f[46] = Of(47, L(s, s0r));
        f[47] = Of(48, W(words, n0l)); f[48] = Of(49, T(tags, n0l)); f[49] = Of(50, L(s, n0l));
        f[50] = Of(51, W(words, s0h2)); f[51] = Of(52, T(tags, s0h2)); f[52] = Of(53, L(s, s0h));
        f[53] = Of(54, W(words, s0l2)); f[54] = Of(55, T(tags, s0l2)); f[55] = Of(56, L(s, s0l2));
        f[56] = Of(57, W(words, s0r2)); f[57] = Of(58, T(tags, s0r2)); f[58] = Of(59, L(s, s0r2));
        f[59] = Of(60, W(words, n0l2)); f[60] = Of(61, T(tags, n0l2)); f[61] = Of(62, L(s, n0l2));
        f[62] = Of(63, s0p, T(tags, s0l), T(tags, s0l2)); f[63] = Of(64, s0p, T(tags, s0r), T(tags, s0r2));
        f[64] = Of(65, s0p, T(tags, s0h), T(tags, s0h2)); f[65] = Of(66, n0p, T(tags, n0l), T(tags, n0l2));
        f[66] = Of(67, s0w, s0sr); f[67] = Of(68, s0p, s0sr); f[68] = Of(69, s0w, s0sl);
        f[69] = Of(70, s0p, s0sl); f[70] = Of(71, n0w, n0sl); f[71] = Of(72, n0p, n0sl);
        f[72] = Of(73, T(tags, s1)); f[73] = Of(74, W(words, s1)); f[74] = Of(75, T(tags, s1), s0p, n0p);
        f[75] = Of(76, s0h >= 0 ? 1UL : 0UL, s0p, n0p);
        f[76] = Of(77, n0 >= 0 ? words[n0].Shape : None);
        f[77] = Of(78, n0 > 0 ? T(tags, n0 - 1) : None, n0p);
        f[78] = Of(79, s0 + 1 <= s.N ? T(tags, s0 + 1) : None, s0p, n0p);
        f[79] = Of(80, 0);
        f[80] = Of(81, s.RootHasDependent ? 1UL : 0UL, n0p);
        f[81] = Of(82, s0 > 0 ? T(tags, s0 - 1) : None, s0p, n0p);
        if (!clusters) return;
        // Word clusters from unlabelled text: the full cluster and its 6-bit prefix.
        ulong s0c = C(words, s0), n0c = C(words, n0), s0c6 = WordClusters.Prefix(s0c, 6), n0c6 = WordClusters.Prefix(n0c, 6);
        f[82] = Of(83, s0c6); f[83] = Of(84, n0c6); f[84] = Of(85, WordClusters.Prefix(C(words, n1), 6));
        f[85] = Of(86, s0c, n0p); f[86] = Of(87, s0p, n0c); f[87] = Of(88, s0c6, n0c6);
        f[88] = Of(89, s0c); f[89] = Of(90, n0c);
    }

    private static ulong C(ReadOnlySpan<WordFeatures> words, int p) => p < 0 ? None : words[p].Cluster;

    private static ulong W(ReadOnlySpan<WordFeatures> words, int p) => p < 0 ? None : words[p].Lower;

    private static ulong T(ReadOnlySpan<int> tags, int p) => p < 0 ? None : (ulong)tags[p];

    private static ulong L(ParseState s, int p) => p < 0 ? None : (ulong)(s.Label[p] + 1);
}
