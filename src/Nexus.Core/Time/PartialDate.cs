using System.Globalization;

namespace Nexus.Core.Time;

/// <summary>
/// A calendar date known to a precision of a year, a month or a day, printed as ISO 8601
/// ("2025", "2025-09", "2025-09-19"). Reporting rarely gives more than the text says, so
/// neither should we.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The first day the date can mean: 2025-09 starts on 2025-09-01.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean: 2025-09 ends on 2025-09-30.</summary>
    public DateOnly Latest => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : new DateOnly(Year, Month ?? 12, DateTime.DaysInMonth(Year, Month ?? 12));

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1) return false;
        int? m = null, d = null;
        if (parts.Length > 1)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm is < 1 or > 12) return false;
            m = mm;
        }
        if (parts.Length > 2)
        {
            var dayText = parts[2].Length > 2 ? parts[2][..2] : parts[2]; // tolerate a time suffix: 2025-09-19T08:40
            if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value)) return false;
            d = dd;
        }
        date = new PartialDate(y, m, d);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"not an ISO 8601 date: '{text}'");

    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest) is var c && c != 0 ? c : Precision.CompareTo(other.Precision);

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}-{Month:D2}-{Day:D2}",
    };
}
