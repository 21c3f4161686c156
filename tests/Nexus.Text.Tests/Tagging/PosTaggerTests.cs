using Nexus.Text.IO;
using Nexus.Text.Learning;
using Nexus.Text.Tagging;
using Nexus.Text.Tests.Analysis;

namespace Nexus.Text.Tests.Tagging;

public class PosTaggerTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private List<ConlluSentence> Dev() => ConlluReader.ReadFile(models.Data("ud-english-ewt", "en_ewt-ud-dev.conllu"));

    [Fact]
    public void TheSecondPassRevisitsUnsureWordsAndIsMoreAccurateThanTheFirstAlone()
    {
        var tagger = models.Analyzer.Tagger;
        Assert.True(float.IsFinite(tagger.SecondPassMargin) && tagger.SecondPassMargin > 0, $"margin {tagger.SecondPassMargin}");
        var dev = Dev();
        var both = TaggerTrainer.Evaluate(tagger, dev);
        var first = TaggerTrainer.Evaluate(tagger.FirstPass, dev);
        Assert.True(both.Upos > first.Upos + 0.05, $"two passes {both.Upos:F2}, first pass {first.Upos:F2}");
    }

    [Fact]
    public void SavingAndLoadingKeepsTheSecondPass()
    {
        var tagger = models.Analyzer.Tagger;
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        var loaded = PosTagger.Load(stream);
        Assert.Equal(tagger.SecondPassMargin, loaded.SecondPassMargin);
        Assert.Equal(tagger.WeightCount, loaded.WeightCount);
        Assert.Equal(tagger.Clusters?.Count, loaded.Clusters?.Count);
        foreach (var s in Dev().Take(200))
        {
            int[] expected = new int[s.Length], actual = new int[s.Length];
            tagger.Tag(TaggerTrainer.WordsOf(s), expected);
            loaded.Tag(TaggerTrainer.WordsOf(s), actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void TrainingTheSecondPassIsDeterministicAndKeepsAMargin()
    {
        var train = ConlluReader.ReadFile(models.Data("ud-english-ewt", "en_ewt-ud-train.conllu")).Take(600).ToList();
        var dev = Dev().Take(150).ToList();
        byte[] Train()
        {
            var tagger = new TaggerTrainer { Epochs = 2, FoldEpochs = 1, RowBits = 16, SecondPassFolds = 2 }.Train(train, dev);
            Assert.True(tagger.SecondPassMargin > 0, $"margin {tagger.SecondPassMargin}");
            Assert.True(tagger.WeightCount > tagger.FirstPass.WeightCount, "no second-pass weights");
            using var stream = new MemoryStream();
            tagger.Save(stream);
            return stream.ToArray();
        }
        Assert.Equal(Train(), Train());
    }

    [Fact]
    public void ATaggerTrainedWithClustersUsesThemAndKeepsThemWhenSaved()
    {
        var train = ConlluReader.ReadFile(models.Data("ud-english-ewt", "en_ewt-ud-train.conllu")).Take(400).ToList();
        var dev = Dev().Take(100).ToList();
        var clusters = new WordClusters(new WordClusterer { MaxDepth = 6 }.Cluster([.. train.Select(s => (IReadOnlyList<string>)s.Forms)])
            .ToDictionary(c => FeatureHash.Text(c.Word), c => WordClusters.CodeOf(c.Path)));
        var with = new TaggerTrainer { Epochs = 1, RowBits = 16, Clusters = clusters }.Train(train, dev);
        var without = new TaggerTrainer { Epochs = 1, RowBits = 16 }.Train(train, dev);
        Assert.Same(clusters, with.Clusters);
        Assert.True(with.WeightCount > without.WeightCount, $"{with.WeightCount} weights with clusters, {without.WeightCount} without");
        using var stream = new MemoryStream();
        with.Save(stream);
        stream.Position = 0;
        var loaded = PosTagger.Load(stream);
        Assert.Equal(clusters.Count, loaded.Clusters?.Count);
        // Weights are stored in half precision, so the loaded tagger may differ on a tie or two.
        Assert.InRange(TaggerTrainer.Evaluate(loaded, dev).Upos, TaggerTrainer.Evaluate(with, dev).Upos - 0.5, TaggerTrainer.Evaluate(with, dev).Upos + 0.5);
    }
}
