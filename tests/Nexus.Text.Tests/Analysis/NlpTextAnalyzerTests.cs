using Nexus.Core.Text;
using Nexus.Text.Analysis;

namespace Nexus.Text.Tests.Analysis;

public class NlpTextAnalyzerTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private AnalyzedText Analyze(string text) => models.Analyzer.Analyze(text, [new TextSpan(0, text.Length)]);

    private static int Find(AnalyzedText a, string word) => Enumerable.Range(0, a.Tokens.Length).First(i => a.TokenText(i) == word);

    [Fact]
    public void FillsEveryLayerForEveryToken()
    {
        var a = Analyze("The militants attacked the base. Officials said they were armed by Iran.");
        Assert.Equal(2, a.Sentences.Length);
        foreach (var layer in new object?[] { a.Upos, a.Xpos, a.Lemmas, a.Heads, a.Relations }) Assert.NotNull(layer);
        Assert.All(a.Upos!, Assert.NotNull);
        Assert.All(a.Relations!, Assert.NotNull);
        Assert.Equal(a.Tokens.Length, a.Heads!.Length);
    }

    [Fact]
    public void ParsesASimpleTransitiveClause()
    {
        var a = Analyze("The rebels killed two soldiers.");
        var verb = Find(a, "killed");
        Assert.Equal("VERB", a.Upos![verb]);
        Assert.Equal("VBD", a.Xpos![verb]);
        Assert.Equal("kill", a.Lemmas![verb]);
        Assert.Equal(-1, a.Heads![verb]);
        Assert.Equal("root", a.Relations![verb]);
        Assert.Equal((verb, "nsubj"), (a.Heads[Find(a, "rebels")], a.Relations[Find(a, "rebels")]));
        Assert.Equal((verb, "obj"), (a.Heads[Find(a, "soldiers")], a.Relations[Find(a, "soldiers")]));
        Assert.Equal((Find(a, "soldiers"), "nummod"), (a.Heads[Find(a, "two")], a.Relations[Find(a, "two")]));
        Assert.Equal("rebel", a.Lemmas[Find(a, "rebels")]);
    }

    [Fact]
    public void ParsesAPerfectWithItsAuxiliary()
    {
        var a = Analyze("Iran has armed the militia.");
        var verb = Find(a, "armed");
        Assert.Equal(("VERB", "VBN", "arm", "root"), (a.Upos![verb], a.Xpos![verb], a.Lemmas![verb], a.Relations![verb]));
        Assert.Equal((verb, "aux"), (a.Heads![Find(a, "has")], a.Relations[Find(a, "has")]));
        Assert.Equal((verb, "nsubj"), (a.Heads[Find(a, "Iran")], a.Relations[Find(a, "Iran")]));
        Assert.Equal((verb, "obj"), (a.Heads[Find(a, "militia")], a.Relations[Find(a, "militia")]));
        Assert.Equal("have", a.Lemmas[Find(a, "has")]);
    }

    [Fact]
    public void EverySentenceIsOneTreeWithinItsOwnTokens()
    {
        var a = Analyze("Hezbollah, which Iran has funded for decades, denied it. “We fight alone,” a spokesman said; no one believed him\nHeadline without a stop");
        foreach (var s in a.Sentences)
        {
            var roots = 0;
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                var h = a.Heads![t];
                if (h < 0) { roots++; continue; }
                Assert.InRange(h, s.FirstToken, s.EndToken - 1);
                // Following heads from any token reaches the root without a cycle.
                var steps = 0;
                for (var k = t; k >= 0 && steps <= s.TokenCount; k = a.Heads[k]) steps++;
                Assert.True(steps <= s.TokenCount, "cycle in the parse");
            }
            Assert.Equal(1, roots);
        }
    }

    [Fact]
    public void AnalysesOnlyTheSegmentsAndNeverJoinsThem()
    {
        const string text = "Title line here<nav>menu</nav>Body text that goes on and on";
        var a = models.Analyzer.Analyze(text, [new TextSpan(0, 15), new TextSpan(30, text.Length)]);
        Assert.All(a.Tokens, t => Assert.True(t.End <= 15 || t.Start >= 30));
        Assert.All(a.Sentences, s => Assert.True(s.End <= 15 || s.Start >= 30));
        Assert.Equal(2, a.Sentences.Length);
    }
}
