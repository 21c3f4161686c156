namespace Nexus.Extraction.Time;

/// <summary>Month, weekday and number words that date expressions are built from.</summary>
public static class CalendarWords
{
    public const string MonthPattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    public const string WeekdayPattern = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    public const string CountPattern =
        @"\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|couple of|a few|few|several";

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>1-12 for a month name or its abbreviation ("Sept" too); 0 when not a month.</summary>
    public static int Month(string word)
    {
        if (word.Length < 3) return 0;
        var prefix = word[..3].ToLowerInvariant();
        return Array.IndexOf(Months, prefix) + 1;
    }

    public static DayOfWeek Weekday(string word) =>
        Enum.Parse<DayOfWeek>(char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant());

    /// <summary>A count word as a number: "six" is 6, "a couple of" is 2, "a few" and "several" are taken as 3.</summary>
    public static int Count(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        if (int.TryParse(w, out var n)) return n;
        return w switch
        {
            "a" or "an" or "one" => 1,
            "two" or "a couple of" or "couple of" => 2,
            "three" or "a few" or "few" or "several" => 3,
            "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9,
            "ten" => 10, "eleven" => 11, "twelve" => 12,
            _ => 0,
        };
    }
}
