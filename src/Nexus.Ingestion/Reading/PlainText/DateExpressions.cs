using System.Globalization;
using System.Text.RegularExpressions;
using Nexus.Core.Time;

namespace Nexus.Ingestion.Reading.PlainText;

/// <summary>
/// Recognises the calendar dates news pages print: "2025-09-19", "09 October 2025", "2 Jul 2026",
/// "October 9, 2025", "Sept. 19th, 2025", "October 2025". Numeric day/month orders other than ISO
/// are ambiguous (03/04/2025) and deliberately not read.
/// </summary>
public static partial class DateExpressions
{
    private const string Month = @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Day = @"(?<day>\d{1,2})(?:st|nd|rd|th)?";

    [GeneratedRegex(@"(?<![\d-])(?<year>\d{4})-(?<m>\d{2})-(?<day>\d{2})(?![\d])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Day + @"\s+" + Month + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+" + Day + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b" + Month + @",?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:" + Day + @"\s+" + Month + "|" + Month + @"\s+" + Day + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex DayAndMonthOnly();

    /// <summary>The first date in <paramref name="text"/>, with where it was found.</summary>
    public static bool TryFind(string text, out PartialDate date, out int index, out int length)
    {
        foreach (var regex in new[] { IsoDate(), DayMonthYear(), MonthDayYear(), MonthYear() })
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                if (TryBuild(m, out date))
                {
                    (index, length) = (m.Index, m.Length);
                    return true;
                }
            }
        }
        (date, index, length) = (default, -1, 0);
        return false;
    }

    public static bool TryFind(string text, out PartialDate date) => TryFind(text, out date, out _, out _);

    [GeneratedRegex(@"^\s*(?<year>\d{4})(?:-(?<m>\d{2})(?:-(?<day>\d{2}))?)?(?:$|[T\s])")]
    private static partial Regex IsoPrefix();

    /// <summary>
    /// A date as metadata fields give it: ISO 8601 at any precision, with or without a time and zone
    /// ("2025-10-09T08:40:00-05:00" is 2025-10-09), or a written date ("09 October 2025").
    /// </summary>
    public static bool TryParseField(string? value, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var iso = IsoPrefix().Match(value);
        if (iso.Success) return TryBuild(iso, out date);
        return TryFind(value, out date);
    }

    /// <summary>True when the whole (trimmed) text is one date and nothing else, e.g. a line "2 Jul 2026".</summary>
    public static bool IsWholeDate(string text, out PartialDate date)
    {
        var trimmed = text.Trim().TrimEnd('.', ',');
        return TryFind(trimmed, out date, out var index, out var length) && index == 0 && length == trimmed.Length;
    }

    /// <summary>A day and month without a year ("Sep 19", "19 September"), as datelines print them.</summary>
    public static bool TryParseDayMonth(string text, out int month, out int day)
    {
        var m = DayAndMonthOnly().Match(text.Trim());
        (month, day) = (0, 0);
        if (!m.Success) return false;
        month = MonthNumber(m.Groups["mon"].Value);
        day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    public static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static bool TryBuild(Match m, out PartialDate date)
    {
        date = default;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        int? month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
            : m.Groups["mon"].Success ? MonthNumber(m.Groups["mon"].Value)
            : null;
        int? day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
        if (year is < 1800 or > 2200 || month is < 1 or > 12) return false;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }
}
