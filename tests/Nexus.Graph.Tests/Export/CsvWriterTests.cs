using Nexus.Graph.Export;

namespace Nexus.Graph.Tests.Export;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1 Front", "'+1 Front")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Spy Agency", "Spy Agency")]
    [InlineData("", "")]
    public void Text_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised(string cell, string expected) =>
        Assert.Equal(expected, CsvWriter.Text(cell));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Cells_are_quoted_as_RFC_4180_requires(string cell, string expected) =>
        Assert.Equal(expected, CsvWriter.Quote(cell));
}
