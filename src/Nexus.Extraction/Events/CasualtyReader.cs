using System.Text.RegularExpressions;
using Nexus.Extraction.Time;

namespace Nexus.Extraction.Events;

/// <summary>Reads stated casualties: "killing 30 people", "killed at least 12", "five soldiers were wounded".</summary>
public static partial class CasualtyReader
{
    private const string Count = @"(?<n>\d[\d,]*|" + CalendarWords.CountPattern + @"|dozens of|scores of|hundreds of)";
    private const string Victims = @"(?:people|persons|civilians|soldiers|policemen|police officers|officers|troops|militants|fighters|worshippers|students|children|others|members|personnel|workers|tourists|pilgrims)";

    [GeneratedRegex(@"\b(?:killing|killed|left|leaving)\s+(?:at least |nearly |around |about |some |over |more than )?" + Count + @"(?:\s+" + Victims + @")?(?:\s+dead)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KilledActive();

    [GeneratedRegex(@"\b(?:at least |nearly |around |about |some |over |more than )?" + Count + @"\s+" + Victims + @"\s+(?:were |have been |had been |are )?(?:killed|dead|died|slain)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KilledPassive();

    [GeneratedRegex(@"\b(?:injuring|wounding|injured|wounded)\s+(?:at least |nearly |around |about |some |over |more than )?" + Count + @"|\b" + Count + @"\s+(?:" + Victims + @"\s+)?(?:were |have been |had been )?(?:injured|wounded|hurt)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Injured();

    public static (int? Killed, int? Injured) Read(string sentence)
    {
        int? killed = null, injured = null;
        var k = KilledActive().Match(sentence);
        if (!k.Success) k = KilledPassive().Match(sentence);
        if (k.Success) killed = Number(k.Groups["n"].Value);
        var i = Injured().Match(sentence);
        if (i.Success) injured = Number(i.Groups["n"].Value);
        return (killed, injured);
    }

    /// <summary>A count as a number; vague counts ("scores of") are not numbers and give null.</summary>
    private static int? Number(string text)
    {
        var digits = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (int.TryParse(digits, out var n)) return n;
        var word = CalendarWords.Count(text);
        return word > 0 && !text.Contains("few", StringComparison.OrdinalIgnoreCase) && !text.Contains("several", StringComparison.OrdinalIgnoreCase) && !text.Contains("couple", StringComparison.OrdinalIgnoreCase) ? word : null;
    }
}
