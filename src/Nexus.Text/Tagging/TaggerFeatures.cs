using Nexus.Text.Learning;

namespace Nexus.Text.Tagging;

/// <summary>The feature templates of the tagger: the word, its affixes and shape, its neighbours, and the two previous tags.</summary>
internal static class TaggerFeatures
{
    private const int BaseCount = 38, ClusterCount = 10, AheadCount = 9;

    /// <summary>The most templates of any model (second pass with clusters).</summary>
    public const int MaxCount = BaseCount + ClusterCount + AheadCount;

    /// <summary>Templates of the first pass: with the word-cluster ones when the model has clusters (older models have none).</summary>
    public static int CountOf(bool clusters) => clusters ? BaseCount + ClusterCount : BaseCount;

    /// <summary>Templates of the second pass: the first-pass ones plus the first pass's tags of the word and its right neighbours.</summary>
    public static int SecondCountOf(bool clusters) => CountOf(clusters) + AheadCount;

    /// <summary>Fills <paramref name="into"/> (length <see cref="CountOf"/>) for position <paramref name="i"/>; <paramref name="tags"/> holds the tags decided so far.</summary>
    public static void Extract(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<int> tags, int i, Span<ulong> into, bool clusters)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var p2 = ref At(words, i - 2);
        ref readonly var n1 = ref At(words, i + 1);
        ref readonly var n2 = ref At(words, i + 2);
        var t1 = i >= 1 ? (ulong)tags[i - 1] : FeatureHash.None;
        var t2 = i >= 2 ? (ulong)tags[i - 2] : FeatureHash.None;
        var first = i == 0 ? 1UL : 0UL;
        into[0] = FeatureHash.Of(0, 0);
        into[1] = FeatureHash.Of(1, w.Lower);
        into[2] = FeatureHash.Of(2, w.Form);
        into[3] = FeatureHash.Of(3, w.Suffix1);
        into[4] = FeatureHash.Of(4, w.Suffix2);
        into[5] = FeatureHash.Of(5, w.Suffix3);
        into[6] = FeatureHash.Of(6, w.Suffix4);
        into[7] = FeatureHash.Of(7, w.Prefix1);
        into[8] = FeatureHash.Of(8, w.Prefix2);
        into[9] = FeatureHash.Of(9, w.Prefix3);
        into[10] = FeatureHash.Of(10, w.Shape);
        into[11] = FeatureHash.Of(11, t1);
        into[12] = FeatureHash.Of(12, t2);
        into[13] = FeatureHash.Of(13, t1, t2);
        into[14] = FeatureHash.Of(14, t1, w.Lower);
        into[15] = FeatureHash.Of(15, p1.Lower);
        into[16] = FeatureHash.Of(16, p1.Suffix3);
        into[17] = FeatureHash.Of(17, p2.Lower);
        into[18] = FeatureHash.Of(18, n1.Lower);
        into[19] = FeatureHash.Of(19, n1.Suffix3);
        into[20] = FeatureHash.Of(20, n2.Lower);
        into[21] = FeatureHash.Of(21, p1.Lower, w.Lower);
        into[22] = FeatureHash.Of(22, w.Lower, n1.Lower);
        into[23] = FeatureHash.Of(23, first, w.Shape);
        into[24] = FeatureHash.Of(24, t1, n1.Lower);
        into[25] = FeatureHash.Of(25, n1.Shape);
        into[26] = FeatureHash.Of(26, p1.Shape);
        into[27] = FeatureHash.Of(27, n2.Suffix3);
        into[28] = FeatureHash.Of(28, t1, w.Suffix3);
        into[29] = FeatureHash.Of(29, p1.Lower, w.Lower, n1.Lower);
        into[30] = FeatureHash.Of(30, w.Ambiguity);
        into[31] = FeatureHash.Of(31, n1.Ambiguity);
        into[32] = FeatureHash.Of(32, n2.Ambiguity);
        into[33] = FeatureHash.Of(33, p1.Ambiguity);
        into[34] = FeatureHash.Of(34, t1, w.Ambiguity);
        into[35] = FeatureHash.Of(35, w.Ambiguity, n1.Ambiguity);
        into[36] = FeatureHash.Of(36, w.Lower, n1.Ambiguity);
        into[37] = FeatureHash.Of(37, t1, t2, w.Ambiguity);
        if (!clusters) return;
        // Word clusters from unlabelled text, at several prefix lengths (coarse to fine).
        var c6 = WordClusters.Prefix(w.Cluster, 6);
        into[38] = FeatureHash.Of(50, WordClusters.Prefix(w.Cluster, 4));
        into[39] = FeatureHash.Of(51, c6);
        into[40] = FeatureHash.Of(52, WordClusters.Prefix(w.Cluster, 10));
        into[41] = FeatureHash.Of(53, w.Cluster);
        into[42] = FeatureHash.Of(54, p1.Cluster);
        into[43] = FeatureHash.Of(55, n1.Cluster);
        into[44] = FeatureHash.Of(56, WordClusters.Prefix(n1.Cluster, 6));
        into[45] = FeatureHash.Of(57, WordClusters.Prefix(n2.Cluster, 6));
        into[46] = FeatureHash.Of(58, t1, c6);
        into[47] = FeatureHash.Of(59, WordClusters.Prefix(p1.Cluster, 6), c6, WordClusters.Prefix(n1.Cluster, 6));
    }

    /// <summary>
    /// Fills <paramref name="into"/> (length <see cref="SecondCountOf"/>) for the second pass: <paramref name="ahead"/>
    /// holds the first pass's tags of the whole sentence, so the word's right-hand context is read as tags too.
    /// </summary>
    public static void ExtractSecond(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<int> tags, ReadOnlySpan<int> ahead, int i, Span<ulong> into, bool clusters)
    {
        var count = CountOf(clusters);
        Extract(words, tags, i, into, clusters);
        into = into[count..];
        ref readonly var w = ref words[i];
        var t1 = i >= 1 ? (ulong)tags[i - 1] : FeatureHash.None;
        var a0 = (ulong)ahead[i];
        var a1 = i + 1 < ahead.Length ? (ulong)ahead[i + 1] : FeatureHash.None;
        var a2 = i + 2 < ahead.Length ? (ulong)ahead[i + 2] : FeatureHash.None;
        into[0] = FeatureHash.Of(40, a0);
        into[1] = FeatureHash.Of(41, a1);
        into[2] = FeatureHash.Of(42, a2);
        into[3] = FeatureHash.Of(43, a1, a2);
        into[4] = FeatureHash.Of(44, t1, a1);
        into[5] = FeatureHash.Of(45, a0, a1);
        into[6] = FeatureHash.Of(46, w.Lower, a1);
        into[7] = FeatureHash.Of(47, t1, a0, a1);
        into[8] = FeatureHash.Of(48, w.Suffix3, a1);
    }

    private static ref readonly WordFeatures At(ReadOnlySpan<WordFeatures> words, int i)
    {
        if ((uint)i < (uint)words.Length) return ref words[i];
        return ref WordFeatures.Padding;
    }
}
