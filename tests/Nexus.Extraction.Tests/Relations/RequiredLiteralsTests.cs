using Nexus.Extraction.Lexicon;
using Nexus.Extraction.Relations;
using Nexus.Extraction.Tests.TestSupport;

namespace Nexus.Extraction.Tests.Relations;

public class RequiredLiteralsTests
{
    private static string Describe(string pattern) =>
        string.Join(" > ", RequiredLiterals.Of(pattern).Steps.Select(s => string.Join("|", s.Order(StringComparer.Ordinal))));

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("carr(?:y|ies) out", "carries out|carry out")]
    [InlineData(@"(?<src>@\d+) backs (?:the )?(?<tgt>@\d+)", "@ >  backs  > @")]
    [InlineData(@"(?:accus\w*|blam\w*) (?:of|for) x", "accus|blam >  for x| of x")]
    [InlineData(@"attacks? on", "attack >  on")]
    [InlineData(@"a{2,3}b", "a > b")]
    [InlineData(@"(?:x )?y", "y")]
    [InlineData(@"(?:ab)*?c", "c")]
    [InlineData(@"(?>(?:has |had )*)fund", "fund")]
    [InlineData(@"(?<=by )x(?!y)", "x")]
    [InlineData(@"(?:^|, )by", "by")]
    [InlineData(@"[a-z]+ly said", "ly said")]
    [InlineData(@"\bsaid\b", "said")]
    [InlineData(@"x\.y", "x.y")]
    [InlineData(@"(?:a|b\w+|)z", "z")]
    public void Reads_the_words_a_pattern_needs_in_order(string pattern, string expected) => Assert.Equal(expected, Describe(pattern));

    [Theory]
    [InlineData(@"(?i)said")]
    [InlineData(@"(?<x>a)\k<x>")]
    [InlineData(@"\p{L}+ said")]
    [InlineData(@"[a-z-[aeiou]] said")]
    [InlineData(@"a{x}")]
    public void Gives_up_on_what_it_does_not_model(string pattern) => Assert.Empty(RequiredLiterals.Of(pattern).Steps);

    [Fact]
    public void A_long_alternation_of_verbs_stays_one_step()
    {
        // The speaker patterns' shape: a speaker (slot or unnamed), optional adverbs, then one of many verbs of saying.
        var verbs = Enumerable.Range(0, 80).Select(i => "v" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var pattern = @"(?:(?<spk>@\d+)|(?<spk>\b(?:officials?|sources?))) (?:(?:has|also) )*(?<verb>" + string.Join("|", verbs) + @")\b";
        var steps = RequiredLiterals.Of(pattern).Steps;
        Assert.Equal(3, steps.Count);
        Assert.Equal(80, steps[2].Length);
        Assert.True(RequiredLiterals.Of(pattern).MayMatch("officials has v42 that"));
        Assert.False(RequiredLiterals.Of(pattern).MayMatch("officials has v that @1 spoke"));
    }

    [Fact]
    public void Steps_must_occur_in_order_and_without_overlap()
    {
        var literals = RequiredLiterals.Of(@"@\d+ backs @\d+");
        Assert.True(literals.MayMatch("@1 has long backs @2"));
        Assert.False(literals.MayMatch("backs @1 and @2"));
        Assert.False(literals.MayMatch("@1 backs it"));
    }

    /// <summary>Soundness on real text: the sentence views of the written dev articles (with the shipped models) and a few made-up ones.</summary>
    [Fact]
    public void Never_rejects_a_sentence_a_lexicon_pattern_matches()
    {
        List<string> views =
        [
            "@1 has long backed @2 .", "@1 , which @2 claims is backed by @3 , denied it .", "@3 was backed by @1 and @2 .",
            "@1 accused @2 of funding @3 .", "@1 - backed @2 fighters attacked @3 's camps near @4 .", "by funding @1 for years , the state @2 gained .",
            "@1 and @2 fought each other .", "@1 's support to @2 ( a proxy ) is old .", "@1 denied ever supporting @2 .", "@1 , the leader of @2 , said .",
            "@1 carried out a series of attacks on @2 .", "@1 is a member of @2 .", "clashes between @1 and @2 continued .", "@1 - @2 ties grew .",
        ];
        views.AddRange(DevArticleViews.All);
        var matched = 0;
        foreach (var pattern in new RelationPatternMatcher(RelationLexicon.Default).Patterns)
        {
            foreach (var view in views)
            {
                if (!pattern.Cue.Triggers.Any(t => view.Contains(t, StringComparison.Ordinal)) && pattern.Cue.Triggers.Count > 0) continue;
                if (!pattern.Regex.IsMatch(view)) continue;
                matched++;
                Assert.True(pattern.Literals.MayMatch(view), $"{pattern.RuleId} matches \"{view}\" but its literals reject it: {pattern.Source}");
            }
        }
        Assert.True(matched > 20, $"only {matched} pattern matches: the views no longer exercise the lexicon");
    }
}
