using Nexus.Core.Text;
using Nexus.Core.Time;
using Nexus.Extraction.Time;

namespace Nexus.Extraction.Tests.Time;

public class TimeExpressionResolverTests
{
    private static readonly TimeExpressionResolver Resolver = new();

    // Published on Wednesday 2024-11-13 unless a test says otherwise.
    private static IReadOnlyList<TimeExpression> Find(string text, string? published = "2024-11-13") =>
        Resolver.Find(text, new TextSpan(0, text.Length), published is null ? null : PartialDate.Parse(published));

    private static string Single(string text, string? published = "2024-11-13")
    {
        var found = Find(text, published);
        Assert.Single(found);
        return found[0].Value.ToString();
    }

    [Theory]
    [InlineData("The blast happened on March 3, 2019 near the market.", "2019-03-03")]
    [InlineData("The convoy was hit on 3 March 2019.", "2019-03-03")]
    [InlineData("The rally (June 1, 2023) drew thousands.", "2023-06-01")]
    [InlineData("The group was banned in February 2017.", "2017-02")]
    [InlineData("The cell was formed in 2009 by two brothers.", "2009")]
    [InlineData("The filing is dated 2021-05-30.", "2021-05-30")]
    [InlineData("Raids resumed in Sept 2020.", "2020-09")]
    public void Absolute_dates_keep_the_precision_the_text_gives(string text, string expected) =>
        Assert.Equal(expected, Single(text));

    [Theory]
    [InlineData("The bombing of October 2 killed nine.", "2024-10-02")]
    [InlineData("Police say the raid on November 15 was planned.", "2024-11-15")] // two days after publication: same year
    [InlineData("The shooting of December 28 is still unsolved.", "2023-12-28")] // would lie in the future: the year before
    [InlineData("The attack of 9 August left a crater.", "2024-08-09")]
    public void A_day_without_a_year_takes_the_publication_year_unless_that_is_in_the_future(string text, string expected) =>
        Assert.Equal(expected, Single(text));

    [Theory]
    [InlineData("The envoy met the rebels on Monday.", "2024-11-11")]
    [InlineData("The envoy met the rebels on Wednesday.", "2024-11-13")]
    [InlineData("The envoy met the rebels last Wednesday.", "2024-11-06")]
    [InlineData("The militia struck yesterday.", "2024-11-12")]
    [InlineData("The ministry confirmed it today.", "2024-11-13")]
    public void Weekdays_and_deictic_words_are_the_most_recent_such_day(string text, string expected) =>
        Assert.Equal(expected, Single(text));

    [Theory]
    [InlineData("Two soldiers were kidnapped last week.", "2024-11")] // Nov 4-10
    [InlineData("Talks collapsed last month.", "2024-10")]
    [InlineData("The cartel expanded last year.", "2023")]
    [InlineData("Arrests rose this year.", "2024")]
    [InlineData("Earlier this month the group split.", "2024-11")]
    public void Named_periods_resolve_against_publication(string text, string expected) =>
        Assert.Equal(expected, Single(text));

    [Theory]
    [InlineData("The cell was dismantled 3 days ago.", "2024-11-10")]
    [InlineData("The cell was dismantled two weeks ago.", "2024")] // Oct 27-Nov 2 spans two months
    [InlineData("The cell was dismantled 2 months ago.", "2024-09")]
    [InlineData("The cell was dismantled five years ago.", "2019")]
    public void Ago_expressions_widen_by_the_vagueness_of_their_unit(string text, string expected) =>
        Assert.Equal(expected, Single(text));

    [Fact]
    public void A_week_ago_inside_one_month_keeps_the_month()
    {
        // Published 2024-11-20: one week ago is Nov 13, widened to Nov 10-16.
        Assert.Equal("2024-11", Single("The ambush took place a week ago.", "2024-11-20"));
    }

    [Theory]
    [InlineData("Attacks rose in the last six months.", "2024")] // May-Nov 2024
    [InlineData("Attacks rose over the past 10 days.", "2024-11")]
    [InlineData("In the last couple of months the group signed deals.", "2024")]
    public void Windows_back_from_publication_are_their_enclosing_period(string text, string expected) =>
        Assert.Equal(expected, Single(text));

    [Fact]
    public void A_window_spanning_a_new_year_is_given_as_the_later_year() =>
        Assert.Equal("2025", Single("Raids doubled in the past three months.", "2025-01-20"));

    [Fact]
    public void Bare_month_after_a_preposition_is_the_most_recent_such_month()
    {
        Assert.Equal("2024-03", Single("The group regrouped in March and moved south."));
        Assert.Equal("2023-12", Single("The group regrouped in December and moved south."));
    }

    [Fact]
    public void Relative_expressions_need_a_publication_date()
    {
        Assert.Empty(Find("The envoy met the rebels last week, on Monday.", null));
        Assert.Equal("2011", Single("She warned in 2011 that the alliance would not last.", null));
    }

    [Fact]
    public void Modal_may_and_version_numbers_are_not_dates()
    {
        Assert.Empty(Find("The group may strike again under plan 2.0 and may 3 times."));
        Assert.Empty(Find("Some 2000 fighters and 1999.5 tonnes."));
    }

    [Fact]
    public void Several_expressions_come_back_in_text_order_with_spans()
    {
        const string text = "After the raid of May 2 and the arrests in June 2021, the envoy said on Friday that the 1990s were over.";
        var found = Find(text);
        Assert.Equal(["2024-05-02", "2021-06", "2024-11-08"], found.Select(f => f.Value.ToString()).ToArray());
        Assert.Equal("May 2", found[0].Span.Slice(text));
        Assert.Equal("June 2021", found[1].Span.Slice(text));
        Assert.Equal("on Friday", found[2].Span.Slice(text));
        Assert.True(found[1].IsRelative is false && found[0].IsRelative);
    }

    [Fact]
    public void A_range_reports_its_first_and_last_day()
    {
        var week = Find("It happened last week.").Single();
        Assert.Equal(new DateOnly(2024, 11, 4), week.From);
        Assert.Equal(new DateOnly(2024, 11, 10), week.To);
    }
}
