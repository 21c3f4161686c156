using System.Globalization;
using System.Text.RegularExpressions;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Extraction.Time;

/// <summary>
/// Finds the dates a stretch of text states and resolves them against the publication date:
/// absolute ("April 16, 2025", "July 2023", "2011"), partial ("April 22" takes the publication
/// year, or the year before when that would lie in the future), and relative ("on Monday",
/// "last week", "2 weeks ago", "in the last six months"). A relative expression without a
/// publication date is skipped rather than guessed.
/// </summary>
public sealed partial class TimeExpressionResolver
{
    private const RegexOptions Options = RegexOptions.CultureInvariant; // month names are capitalised: "may" is a verb
    private const string Month = CalendarWords.MonthPattern;
    private const string Ordinal = @"(?:st|nd|rd|th)?";

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)\b", Options)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.? (?<d>[0-3]?\d)" + Ordinal + @",? (?<y>(?:19|20)\d\d)\b", Options)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)" + Ordinal + @" (?:of )?(?<mon>" + Month + @")\.?,? (?<y>(?:19|20)\d\d)\b", Options)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?,? (?<y>(?:19|20)\d\d)\b", Options)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.? (?<d>[0-3]?\d)" + Ordinal + @"\b(?!,? ?\d)", Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)" + Ordinal + @" (?:of )?(?<mon>" + Month + @")\b", Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?i:in|since|during|until|till|by|from|early|late|mid-|last|this) (?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b", Options)]
    private static partial Regex BareMonth();

    // A bare number is a year only after a word that introduces one ("in 2011", "the 2016 attack", "(2019)"): "some 2000 fighters" is not.
    [GeneratedRegex(@"(?:\b(?i:in|since|by|from|until|till|of|during|before|after|early|late|mid|around|circa|the|and|to|year|between)[ -]|\()(?<y>(?:19|20)\d\d)\b(?![.,]\d|s\b|-\d)", Options)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:(?<rel>(?i:last|this|on|past)) )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<w>(?i:yesterday|today|tonight|last night|this morning|earlier today))\b", Options)]
    private static partial Regex Deictic();

    [GeneratedRegex(@"\b(?<rel>(?i:last|past|previous|this|earlier this|later this)) (?<unit>week|month|year)\b", Options)]
    private static partial Regex NamedPeriod();

    [GeneratedRegex(@"\b(?:(?i:the) )?(?i:last|past|previous) (?<n>" + CalendarWords.CountPattern + @") (?<unit>days?|weeks?|months?|years?)\b", Options)]
    private static partial Regex Window();

    [GeneratedRegex(@"\b(?<n>(?i:" + CalendarWords.CountPattern + @")) (?<unit>days?|weeks?|months?|years?) ago\b", Options)]
    private static partial Regex Ago();

    private delegate TimeExpression? Reader(Match m, TextSpan span, DateOnly? reference);

    private static readonly (Regex Pattern, Reader Read)[] Readers =
    [
        (IsoDate(), (m, s, _) => Day(s, Int(m, "y"), Int(m, "m"), Int(m, "d"), false)),
        (MonthDayYear(), (m, s, _) => Day(s, Int(m, "y"), CalendarWords.Month(m.Groups["mon"].Value), Int(m, "d"), false)),
        (DayMonthYear(), (m, s, _) => Day(s, Int(m, "y"), CalendarWords.Month(m.Groups["mon"].Value), Int(m, "d"), false)),
        (MonthYear(), (m, s, _) => TimeExpression.Of(s, new PartialDate(Int(m, "y"), CalendarWords.Month(m.Groups["mon"].Value)), false)),
        (Window(), ReadWindow),
        (Ago(), ReadAgo),
        (NamedPeriod(), ReadNamedPeriod),
        (Deictic(), ReadDeictic),
        (Weekday(), ReadWeekday),
        (MonthDay(), (m, s, r) => YearlessDay(s, CalendarWords.Month(m.Groups["mon"].Value), Int(m, "d"), r)),
        (DayMonth(), (m, s, r) => YearlessDay(s, CalendarWords.Month(m.Groups["mon"].Value), Int(m, "d"), r)),
        (BareMonth(), ReadBareMonth),
        (Year(), (m, s, _) => TimeExpression.Of(new TextSpan(s.End - 4, s.End), new PartialDate(Int(m, "y")), false)),
    ];

    /// <summary>Every date expression in text[span], left to right, none overlapping; earlier readers (more precise) win.</summary>
    public IReadOnlyList<TimeExpression> Find(string text, TextSpan span, PartialDate? published)
    {
        DateOnly? reference = published is { Precision: DatePrecision.Day } p ? p.Earliest : null;
        var found = new List<TimeExpression>();
        var slice = text.Substring(span.Start, span.Length);
        foreach (var (pattern, read) in Readers)
        {
            for (var m = pattern.Match(slice); m.Success; m = m.NextMatch())
            {
                var at = new TextSpan(span.Start + m.Index, span.Start + m.Index + m.Length);
                if (found.Exists(f => f.Span.Overlaps(at))) continue;
                var value = read(m, at, reference);
                if (value is not null) found.Add(value);
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static TimeExpression? Day(TextSpan s, int year, int month, int day, bool relative) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? TimeExpression.Of(s, new PartialDate(year, month, day), relative)
            : null;

    /// <summary>"April 22": the publication year, or the one before when the date would fall more than a week after publication.</summary>
    private static TimeExpression? YearlessDay(TextSpan s, int month, int day, DateOnly? reference)
    {
        if (reference is not DateOnly r || month == 0 || day < 1 || day > 31) return null;
        var year = r.Year;
        if (day > DateTime.DaysInMonth(year, month)) return null;
        if (new DateOnly(year, month, day) > r.AddDays(7)) year--;
        return day <= DateTime.DaysInMonth(year, month) ? Day(s, year, month, day, true) : null;
    }

    private static TimeExpression? ReadBareMonth(Match m, TextSpan s, DateOnly? reference)
    {
        if (reference is not DateOnly r) return null;
        var month = CalendarWords.Month(m.Groups["mon"].Value);
        var year = month > r.Month ? r.Year - 1 : r.Year;
        // "In March" in an article: the most recent March, not one still to come.
        var words = new TextSpan(s.End - m.Groups["mon"].Length, s.End);
        return TimeExpression.Of(words, new PartialDate(year, month), true);
    }

    private static TimeExpression? ReadWeekday(Match m, TextSpan s, DateOnly? reference)
    {
        if (reference is not DateOnly r) return null;
        var target = CalendarWords.Weekday(m.Groups["wd"].Value);
        var back = ((int)r.DayOfWeek - (int)target + 7) % 7;
        if (back == 0 && m.Groups["rel"].Value.Equals("last", StringComparison.OrdinalIgnoreCase)) back = 7;
        return TimeExpression.Of(s, PartialDate.FromDate(r.AddDays(-back)), true);
    }

    private static TimeExpression? ReadDeictic(Match m, TextSpan s, DateOnly? reference)
    {
        if (reference is not DateOnly r) return null;
        var back = m.Groups["w"].Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return TimeExpression.Of(s, PartialDate.FromDate(r.AddDays(-back)), true);
    }

    private static TimeExpression? ReadNamedPeriod(Match m, TextSpan s, DateOnly? reference)
    {
        if (reference is not DateOnly r) return null;
        var current = m.Groups["rel"].Value.Contains("this", StringComparison.OrdinalIgnoreCase);
        switch (m.Groups["unit"].Value.ToLowerInvariant())
        {
            case "week":
                var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7));
                var from = current ? monday : monday.AddDays(-7);
                var to = current ? r : monday.AddDays(-1);
                return TimeExpression.OfRange(s, from, to, true);
            case "month":
                var month = current ? r : r.AddMonths(-1);
                return TimeExpression.Of(s, new PartialDate(month.Year, month.Month), true);
            default:
                return TimeExpression.Of(s, new PartialDate(current ? r.Year : r.Year - 1), true);
        }
    }

    /// <summary>"in the last six months": the days from that far back up to publication.</summary>
    private static TimeExpression? ReadWindow(Match m, TextSpan s, DateOnly? reference)
    {
        if (reference is not DateOnly r) return null;
        var n = CalendarWords.Count(m.Groups["n"].Value);
        if (n <= 0) return null;
        return TimeExpression.OfRange(s, Back(r, n, m.Groups["unit"].Value), r, true);
    }

    /// <summary>"2 weeks ago": that point, widened by the vagueness of the unit (half a week for weeks).</summary>
    private static TimeExpression? ReadAgo(Match m, TextSpan s, DateOnly? reference)
    {
        if (reference is not DateOnly r) return null;
        var n = CalendarWords.Count(m.Groups["n"].Value);
        if (n <= 0) return null;
        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var at = Back(r, n, unit);
        return unit switch
        {
            "day" => TimeExpression.Of(s, PartialDate.FromDate(at), true),
            "week" => TimeExpression.OfRange(s, at.AddDays(-3), at.AddDays(3), true),
            "month" => TimeExpression.Of(s, new PartialDate(at.Year, at.Month), true),
            _ => TimeExpression.Of(s, new PartialDate(at.Year), true),
        };
    }

    private static DateOnly Back(DateOnly r, int n, string unit) => unit.ToLowerInvariant().TrimEnd('s') switch
    {
        "day" => r.AddDays(-n),
        "week" => r.AddDays(-7 * n),
        "month" => r.AddMonths(-n),
        _ => r.AddYears(-n),
    };
}
