using Nexus.Core.Text;
using Nexus.Core.Time;

namespace Nexus.Extraction.Time;

/// <summary>
/// A date the text states, resolved: the words, the date at the precision the words give, and the
/// range of days it can mean. <see cref="IsRelative"/> marks expressions that needed the publication
/// date ("last week", "April 22", "on Monday").
/// </summary>
public sealed record TimeExpression(TextSpan Span, PartialDate Value, DateOnly From, DateOnly To, bool IsRelative)
{
    public static TimeExpression Of(TextSpan span, PartialDate value, bool relative) =>
        new(span, value, value.Earliest, value.Latest, relative);

    /// <summary>A range of days, printed as the narrowest partial date that holds all of it.</summary>
    public static TimeExpression OfRange(TextSpan span, DateOnly from, DateOnly to, bool relative) =>
        new(span, Enclosing(from, to), from, to, relative);

    public static PartialDate Enclosing(DateOnly from, DateOnly to)
    {
        if (from == to) return PartialDate.FromDate(from);
        if (from.Year == to.Year && from.Month == to.Month) return new PartialDate(from.Year, from.Month);
        if (from.Year == to.Year) return new PartialDate(from.Year);
        return new PartialDate(to.Year); // a range across a new year: the later year is what "recently" means
    }
}
