using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Extraction.Time;

/// <summary>
/// When a relation held, from the dates of its sentence: "since January 2015" and "following the
/// Taliban's rise to power in 2021" open it, "until 2019" closes it, "between 2014 and 2016" does
/// both. A relation that is one act (an attack, a claim of responsibility, a designation) holds at
/// the date its sentence gives.
/// </summary>
public static partial class ValidTimeReader
{
    [GeneratedRegex(@"\b(?:since|from|starting in|beginning in|ever since)\s+(?:(?:its|their|the|his|her)\s+[\w’'-]+\s+(?:in|of)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpensRightBefore();

    [GeneratedRegex(@"\b(?:following|after|since)\b[^.;,]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpensAfterEvent();

    [GeneratedRegex(@"\b(?:until|till|up to|through|before)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closes();

    [GeneratedRegex(@"\bbetween\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    public static (PartialDate? From, PartialDate? To) Read(string text, TextSpan sentence, IReadOnlyList<TimeExpression> dates, RelationType type)
    {
        PartialDate? from = null, to = null;
        for (var i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            var lead = text.AsSpan(Math.Max(sentence.Start, d.Span.Start - 70), d.Span.Start - Math.Max(sentence.Start, d.Span.Start - 70)).ToString();
            if (Between().IsMatch(lead) && i + 1 < dates.Count)
            {
                from = d.Value;
                to = dates[i + 1].Value;
                i++;
            }
            else if (Closes().IsMatch(lead)) to ??= d.Value;
            else if (OpensRightBefore().IsMatch(lead) || OpensAfterEvent().IsMatch(lead)) from ??= d.Value;
        }
        if (from is null && to is null && IsOneAct(type) && dates.Count > 0)
        {
            var when = dates.MaxBy(d => d.Value.Precision)!.Value;
            return (when, when);
        }
        return (from, to);
    }

    private static bool IsOneAct(RelationType t) => t is RelationType.Attacks or RelationType.ClaimsResponsibility or RelationType.Designates;
}
