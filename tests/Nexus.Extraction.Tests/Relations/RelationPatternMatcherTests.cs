using Nexus.Extraction.Lexicon;
using Nexus.Extraction.Relations;
using Nexus.Extraction.Tests.TestSupport;

namespace Nexus.Extraction.Tests.Relations;

public class RelationPatternMatcherTests
{
    [Fact]
    public void The_one_pass_trigger_search_finds_exactly_the_cue_words_the_text_contains()
    {
        var matcher = new RelationPatternMatcher(RelationLexicon.Default);
        var triggers = matcher.Patterns.SelectMany(p => p.Cue.Triggers).Distinct(StringComparer.Ordinal).ToList();
        // Overlapping and nested cue words ("attacks" holds "attack"), words at the very start and end, and the dev articles' views.
        List<string> texts = ["attacks", "@1 attacked @2 and funds @3", "backed", string.Concat(triggers.Take(40)), "x " + triggers[^1], ""];
        texts.AddRange(DevArticleViews.All);
        foreach (var text in texts)
            Assert.Equal(triggers.Where(t => text.Contains(t, StringComparison.Ordinal)).Order(StringComparer.Ordinal), matcher.TriggersIn(text).Order(StringComparer.Ordinal));
    }
}
