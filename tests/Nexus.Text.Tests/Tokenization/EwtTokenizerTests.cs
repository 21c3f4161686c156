using Nexus.Text.Analysis;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Tests.Tokenization;

public class EwtTokenizerTests
{
    private static string Tokenize(string text)
    {
        var tokens = new List<Token>();
        new EwtTokenizer().Tokenize(text, 0, text.Length, tokens);
        return SpanTable.Of(text, tokens);
    }

    private static void AssertTable(string text, string expected) => Assert.Equal(SpanTable.Normalize(expected), Tokenize(text));

    [Fact]
    public void TitlesAndDottedAbbreviationsKeepTheirPeriod() => AssertTable("Dr. Smith met U.S. envoys.", """
        Dr.     0-3
        Smith   4-9
        met     10-13
        U.S.    14-18
        envoys  19-25
        .       25-26
        """);

    [Fact]
    public void NegationAndVerbCliticsSplitAsInEwt() => AssertTable("I don't think they're sure it's won't.", """
        I       0-1
        do      2-4
        n't     4-7
        think   8-13
        they    14-18
        're     18-21
        sure    22-26
        it      27-29
        's      29-31
        wo      32-34
        n't     34-37
        .       37-38
        """);

    [Fact]
    public void CurlyApostropheGenitiveSplitsOff() => AssertTable("ISI’s support for the Taliban’s", """
        ISI     0-3
        ’s      3-5
        support 6-13
        for     14-17
        the     18-21
        Taliban 22-29
        ’s      29-31
        """);

    [Fact]
    public void CurlyQuotesAreSeparateTokens() => AssertTable("“We will fight,” he said.", """
        “       0-1
        We      1-3
        will    4-8
        fight   9-14
        ,       14-15
        ”       15-16
        he      17-19
        said    20-24
        .       24-25
        """);

    [Fact]
    public void HyphensAndDashesSplitButJoinedPrefixesStay() => AssertTable("Tehreek-e-Taliban and Islamic State–Khorasan used e-mail", """
        Tehreek  0-7
        -        7-8
        e        8-9
        -        9-10
        Taliban  10-17
        and      18-21
        Islamic  22-29
        State    30-35
        –        35-36
        Khorasan 36-44
        used     45-49
        e-mail   50-56
        """);

    [Fact]
    public void EmDashBetweenWordsSplits() => AssertTable("attacks—mostly", """
        attacks 0-7
        —       7-8
        mostly  8-14
        """);

    [Fact]
    public void NumbersMoneyPercentAndRanges() => AssertTable("$1,500.50 rose 3.5% in 2019-2020 at 5pm", """
        $        0-1
        1,500.50 1-9
        rose     10-14
        3.5      15-18
        %        18-19
        in       20-22
        2019     23-27
        -        27-28
        2020     28-32
        at       33-35
        5        36-37
        pm       37-39
        """);

    [Fact]
    public void DatesPhoneNumbersUrlsAndEmailsStayWhole() => AssertTable("On 11/28/2000 call 713-853-3989, see https://example.org/a?b=1. or mail <info@example.com>", """
        On                       0-2
        11/28/2000               3-13
        call                     14-18
        713-853-3989             19-31
        ,                        31-32
        see                      33-36
        https://example.org/a?b=1 37-62
        .                        62-63
        or                       64-66
        mail                     67-71
        <                        72-73
        info@example.com         73-89
        >                        89-90
        """);

    [Fact]
    public void RepeatedPunctuationIsOneToken() => AssertTable("Wait... what?! No--never", """
        Wait   0-4
        ...    4-7
        what   8-12
        ?!     12-14
        No     15-17
        --     17-19
        never  19-24
        """);

    [Fact]
    public void OffsetsRespectTheGivenRange()
    {
        var text = "xx Hello world yy";
        var tokens = new List<Token>();
        new EwtTokenizer().Tokenize(text, 3, 14, tokens);
        Assert.Equal(SpanTable.Normalize("Hello 3-8\nworld 9-14"), SpanTable.Of(text, tokens));
    }
}
