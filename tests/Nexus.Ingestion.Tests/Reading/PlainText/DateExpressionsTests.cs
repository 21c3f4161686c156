using Nexus.Ingestion.Reading.PlainText;

namespace Nexus.Ingestion.Tests.Reading.PlainText;

public sealed class DateExpressionsTests
{
    [Theory]
    [InlineData("Published: 08:40 AM, 09 October 2025", "2025-10-09")]
    [InlineData("date 2025-09-19 New Delhi", "2025-09-19")]
    [InlineData("NationPress 2 Jul 2026", "2026-07-02")]
    [InlineData("March 3, 2024", "2024-03-03")]
    [InlineData("Sept. 19th, 2025", "2025-09-19")]
    [InlineData("in October 2025 the", "2025-10")]
    [InlineData("31 February 2025 or 1 Mar 2025", "2025-03-01")] // an impossible date is skipped
    public void Finds_the_first_real_date(string text, string expected)
    {
        Assert.True(DateExpressions.TryFind(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("03/04/2025")] // day/month order is ambiguous
    [InlineData("the May Day rally")]
    [InlineData("in 2025")]
    public void Refuses_what_is_not_a_clear_date(string text) => Assert.False(DateExpressions.TryFind(text, out _));

    [Theory]
    [InlineData("2025-10-09T08:40:00-05:00", "2025-10-09")]
    [InlineData("2025-10-09T08:40:00+05:30", "2025-10-09")]
    [InlineData("2025-10", "2025-10")]
    [InlineData("2025", "2025")]
    [InlineData("Thu, 09 Oct 2025 08:40:00 GMT", "2025-10-09")]
    public void Parses_metadata_fields(string value, string expected)
    {
        Assert.True(DateExpressions.TryParseField(value, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("2 Jul 2026", true)]
    [InlineData("2 Jul 2026.", true)]
    [InlineData("On 2 Jul 2026 they met", false)]
    public void Whole_date_lines(string line, bool expected) => Assert.Equal(expected, DateExpressions.IsWholeDate(line, out _));
}
