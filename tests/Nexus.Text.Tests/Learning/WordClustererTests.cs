using Nexus.Text.Learning;

namespace Nexus.Text.Tests.Learning;

public class WordClustererTests
{
    /// <summary>"the cat sleeps ." for every determiner, noun and verb: three word classes by their neighbours.</summary>
    private static List<IReadOnlyList<string>> Corpus()
    {
        var corpus = new List<IReadOnlyList<string>>();
        foreach (var d in new[] { "the", "a", "this", "The" })
            foreach (var n in new[] { "cat", "dog", "bird", "horse" })
                foreach (var v in new[] { "sleeps", "runs", "eats", "sings" })
                    corpus.Add([d, n, v, "."]);
        return corpus;
    }

    [Fact]
    public void WordsWithTheSameNeighboursShareAClusterAndOthersDoNot()
    {
        var clusters = new WordClusterer { MinCount = 1, MaxDepth = 3 }.Cluster(Corpus()).ToDictionary(c => c.Word, c => c.Path);
        Assert.DoesNotContain("The", clusters.Keys); // lower-cased
        string Of(string w, int bits) => clusters[w][..Math.Min(bits, clusters[w].Length)];
        int Shared(IEnumerable<string> words) => Enumerable.Range(0, 4).Last(b => words.Select(w => Of(w, b)).Distinct().Count() == 1);
        var determiners = new[] { "the", "a", "this" };
        var nouns = new[] { "cat", "dog", "bird", "horse" };
        var verbs = new[] { "sleeps", "runs", "eats", "sings" };
        // Each class agrees on a prefix that no word of another class has.
        foreach (var (group, others) in new[] { (determiners, nouns.Concat(verbs)), (nouns, determiners.Concat(verbs)), (verbs, determiners.Concat(nouns)) })
        {
            var bits = Shared(group);
            Assert.True(bits >= 1, $"{string.Join(",", group)} share no prefix: {string.Join(" ", clusters)}");
            Assert.DoesNotContain(others, w => Of(w, bits) == Of(group[0], bits));
        }
    }

    [Fact]
    public void ClusteringIsDeterministicAndSkipsRareWords()
    {
        var corpus = Corpus();
        corpus.Add(["a", "unicorn", "sleeps", "."]);
        var first = new WordClusterer { MinCount = 2, MaxDepth = 4 }.Cluster(corpus);
        var second = new WordClusterer { MinCount = 2, MaxDepth = 4 }.Cluster(corpus);
        Assert.Equal(first, second);
        Assert.DoesNotContain(first, c => c.Word == "unicorn");
        Assert.Equal(17, first.Single(c => c.Word == "a").Count);
    }

    [Fact]
    public void PrefixesGiveTheCoarserClusters()
    {
        var code = WordClusters.CodeOf("0110");
        Assert.Equal(0b10110UL, code);
        Assert.Equal(WordClusters.CodeOf("01"), WordClusters.Prefix(code, 2));
        Assert.Equal(code, WordClusters.Prefix(code, 6));
        Assert.Equal(0UL, WordClusters.Prefix(0, 4));
        Assert.Equal(FeatureHash.None, WordClusters.Prefix(FeatureHash.None, 4));
    }

    [Fact]
    public void TheTextFormRoundTripsAndAnnotatesWordsByTheirLowerCase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nexus-clusters-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            WordClusters.WriteText([("cat", "0110", 5), ("the", "10", 9)], path);
            var clusters = WordClusters.ReadText(path);
            Assert.Equal(2, clusters.Count);
            WordFeatures[] words = [WordFeatures.Of("The"), WordFeatures.Of("Cat"), WordFeatures.Of("zebra")];
            clusters.Annotate(words);
            Assert.Equal(WordClusters.CodeOf("10"), words[0].Cluster);
            Assert.Equal(WordClusters.CodeOf("0110"), words[1].Cluster);
            Assert.Equal(0UL, words[2].Cluster);
        }
        finally { File.Delete(path); }
    }
}
