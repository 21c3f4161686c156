using Nexus.Core.Time;

namespace Nexus.Core.Tests.Time;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025", "2025", DatePrecision.Year)]
    [InlineData("2025-09", "2025-09", DatePrecision.Month)]
    [InlineData("2025-09-19", "2025-09-19", DatePrecision.Day)]
    [InlineData("2025-09-19T08:40:00Z", "2025-09-19", DatePrecision.Day)]
    public void Parses_and_prints_at_the_precision_given(string text, string printed, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(printed, date.ToString());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("July 2023")]
    public void Rejects_what_is_not_an_ISO_date(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void A_month_spans_its_first_to_its_last_day()
    {
        var date = new PartialDate(2024, 2);
        Assert.Equal(new DateOnly(2024, 2, 1), date.Earliest);
        Assert.Equal(new DateOnly(2024, 2, 29), date.Latest);
    }

    [Fact]
    public void Orders_by_earliest_day_then_coarser_first()
    {
        var dates = new[] { new PartialDate(2023, 7, 5), new PartialDate(2023), new PartialDate(2023, 7) };
        Assert.Equal(["2023", "2023-07", "2023-07-05"], dates.Order().Select(d => d.ToString()));
    }
}
