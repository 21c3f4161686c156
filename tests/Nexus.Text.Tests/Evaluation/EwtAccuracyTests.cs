using Nexus.Text.Evaluation;
using Nexus.Text.IO;
using Nexus.Text.Tests.Analysis;

namespace Nexus.Text.Tests.Evaluation;

/// <summary>
/// Floors on UD English EWT test for the shipped models, set below the measured figures so that a
/// regression fails. The measured figures are in docs/benchmarks.md.
/// </summary>
public class EwtAccuracyTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private List<ConlluSentence> Test() => ConlluReader.ReadFile(models.Data("ud-english-ewt", "en_ewt-ud-test.conllu"));

    [Fact]
    public void GoldTokenizationMeetsTheFloors()
    {
        var scores = UdEvaluator.GoldTokenization(Test(), models.Analyzer);
        Assert.True(scores.Upos >= 95.0, $"UPOS {scores.Upos:F2}");
        Assert.True(scores.Xpos >= 94.3, $"XPOS {scores.Xpos:F2}");
        Assert.True(scores.Lemmas >= 96.0, $"lemmas {scores.Lemmas:F2}");
        Assert.True(scores.Uas >= UasFloor, $"UAS {scores.Uas:F2}");
        Assert.True(scores.Las >= LasFloor, $"LAS {scores.Las:F2}");
    }

    [Fact]
    public void RawTextMeetsTheFloors()
    {
        var scores = UdEvaluator.Raw(Test(), models.Analyzer);
        Assert.True(scores.Words >= 98.5, $"words {scores.Words:F2}");
        Assert.True(scores.Sentences >= 75.0, $"sentences {scores.Sentences:F2}");
        Assert.True(scores.Upos >= 94.0, $"UPOS {scores.Upos:F2}");
        Assert.True(scores.Uas >= UasFloor - 3.0, $"UAS {scores.Uas:F2}");
    }

    private const double UasFloor = 84.3;
    private const double LasFloor = 81.3;
}
