using System.Text.RegularExpressions;
using Nexus.Core.Time;

namespace Nexus.Ingestion.Reading.PlainText;

/// <summary>
/// Patterns for the metadata that plain-text articles carry in their own lines: labelled dates
/// ("Published: 08:40 AM, 09 October 2025", "date 2025-09-19"), datelines ("New Delhi, Sep 19"),
/// bylines ("By Jane Roe"), outlet footers ("Site Index The Asian Age", "© 2025 Dawn") and
/// author notes ("Dr. X is a retired police officer").
/// </summary>
public static partial class MetadataLineRules
{
    private const string NameWord = @"\p{Lu}[\p{L}'’.\-]*";
    private const string Name = NameWord + @"(?:\s+" + NameWord + "){1,3}";
    private const string Honorific = @"(?i:(?:dr|prof|mr|mrs|ms|col|gen|maj|lt|capt|brig|amb|adm|sri|shri)\.?\s+)";

    [GeneratedRegex(@"^(?<label>published|first published|posted|date|dated|updated|last updated|modified)(?:\s+on)?\s*[:\-–]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}),\s+(?<md>(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?))\b(?:,?\s+\d{4})?(?:\s*\([^)]{1,40}\))?\s*[:\-–—]?\s*")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?i:by|written by|reported by|author\s*:)\s+(?<name>" + Honorific + "?" + Name + @"(?:\s+(?:and|&)\s+" + Name + @")?)\s*(?:$|[,|/–—-])")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:site index|©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*(?<name>[^.,|©]+?)\s*(?:[.,|].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OutletFooter();

    [GeneratedRegex(@"^\(?(?:" + Honorific + @")?(?<name>" + NameWord + @"(?:\s+" + NameWord + @"){1,3})\s+(?:is|was)\s+(?:a|an|the|currently|formerly|former)\b(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex NamedBio();

    [GeneratedRegex(@"^\(?the (?:writer|author|columnist)s? (?:is|are|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnonymousBio();

    [GeneratedRegex(@"\b(?:retired|former|formerly|senior|fellow|analyst|author|writer|journalist|professor|officer|columnist|expert|researcher|director|editor|correspondent|commentator|scholar|diplomat|ambassador|advisor|adviser|strategist|veteran|lecturer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProfessionWord();

    [GeneratedRegex(@"^(?<name>" + NameWord + @"(?:\s+" + NameWord + @"){0,3})\s+(?<date>.+)$")]
    private static partial Regex NameThenDate();

    /// <summary>"Published: 08:40 AM, 09 October 2025": the date and where the labelled part ends (prose may follow).</summary>
    public static bool TryLabelledDate(string line, out PartialDate date, out bool isUpdate, out int consumed)
    {
        (date, isUpdate, consumed) = (default, false, 0);
        var label = DateLabel().Match(line);
        if (!label.Success) return false;
        var rest = line[label.Length..];
        // A time or weekday may come first ("08:40 AM, 09 October 2025"), but the date must be near the label.
        if (!DateExpressions.TryFind(rest, out date, out var at, out var length) || at > 24) return false;
        isUpdate = label.Groups["label"].Value.Contains("updated", StringComparison.OrdinalIgnoreCase)
                   || label.Groups["label"].Value.Equals("modified", StringComparison.OrdinalIgnoreCase);
        consumed = label.Length + at + length;
        while (consumed < line.Length && (char.IsWhiteSpace(line[consumed]) || line[consumed] is '|' or ',')) consumed++;
        return true;
    }

    /// <summary>"New Delhi, Sep 19 The recent…": the place, and how many characters the dateline takes.</summary>
    public static bool TryDateline(string text, out string place, out int consumed)
    {
        (place, consumed) = (string.Empty, 0);
        var m = Dateline().Match(text);
        if (!m.Success || !DateExpressions.TryParseDayMonth(m.Groups["md"].Value.Trim(), out _, out _)) return false;
        place = m.Groups["place"].Value;
        consumed = m.Length;
        return true;
    }

    public static bool TryByline(string line, out string author)
    {
        author = string.Empty;
        if (TextLine.CountWords(line) > 12) return false;
        var m = Byline().Match(line);
        if (!m.Success) return false;
        author = StripHonorific(m.Groups["name"].Value);
        return true;
    }

    /// <summary>"Site Index The Asian Age", "© 2025 Dawn. All rights reserved." → the outlet.</summary>
    public static bool TryOutletFooter(string line, out string outlet)
    {
        outlet = string.Empty;
        if (TextLine.CountWords(line) > 12) return false;
        var m = OutletFooter().Match(line);
        if (!m.Success) return false;
        outlet = m.Groups["name"].Value.Trim();
        return outlet.Length > 1 && TextLine.CountWords(outlet) <= 5 && !outlet.StartsWith("all rights", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"NationPress 2 Jul 2026": an outlet name and the date it printed, on one line.</summary>
    public static bool TryOutletAndDate(string line, out string outlet, out PartialDate date)
    {
        (outlet, date) = (string.Empty, default);
        var m = NameThenDate().Match(line);
        if (!m.Success || !DateExpressions.IsWholeDate(m.Groups["date"].Value, out date)) return false;
        outlet = m.Groups["name"].Value;
        return !DateExpressions.TryFind(outlet, out _);
    }

    /// <summary>A short stand-alone name line ("NationPress") such as outlets print beside a date.</summary>
    public static bool IsOutletName(string line) =>
        TextLine.CountWords(line) is >= 1 and <= 4 && char.IsUpper(line[0]) && !FurnitureRules.IsFurniture(line)
        && !FurnitureRules.IsTeaserHeading(line) && line.AsSpan().IndexOfAny(".!?:;,") < 0;

    /// <summary>The closing note about the writer. Returns true for a bio; <paramref name="author"/> is its name when it has one.</summary>
    public static bool TryAuthorBio(string paragraph, out string? author)
    {
        author = null;
        var text = string.Join(' ', paragraph.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (TextLine.CountWords(text) > 60) return false;
        if (AnonymousBio().IsMatch(text)) return true;
        var m = NamedBio().Match(text);
        if (!m.Success || !ProfessionWord().IsMatch(m.Groups["rest"].Value)) return false;
        author = m.Groups["name"].Value;
        return true;
    }

    private static string StripHonorific(string name)
    {
        var m = Regex.Match(name, "^" + Honorific);
        return m.Success ? name[m.Length..] : name;
    }
}
