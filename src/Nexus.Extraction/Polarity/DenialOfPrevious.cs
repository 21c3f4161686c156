using System.Text.RegularExpressions;
using Nexus.Extraction.Relations;

namespace Nexus.Extraction.Polarity;

/// <summary>
/// Finds denials that point back at what was just said: "…, a charge that Islamabad strongly
/// denies", "…, allegations X rejects", "…, a claim the militia denied", "a charge X officials reject", and a sentence that opens "X denied the charges", "X's lawyer rejected the accusation" or
/// "X called the reports baseless". Returns the
/// denier's slot and the view offset before which the contested relations lie.
/// </summary>
public static partial class DenialOfPrevious
{
    private const string Deny = @"(?:den(?:y|ies|ied)|reject(?:s|ed)?|refute(?:s|d)?|dismiss(?:es|ed)?|rebut(?:s|ted)?|disput(?:e|es|ed))";

    /// <summary>Who speaks for an actor: "X's lawyer", "X's foreign ministry", "X's spokesman".</summary>
    private const string Voice = @"(?:[a-z-]+ ){0,2}(?:lawyers?|attorneys?|spokes(?:man|woman|person)|ministry|government|office|officials|leaders?|leadership|representatives?|embassy)";

    /// <summary>"called the allegations baseless", "dismissed the reports as false": a denial without a verb of denying.</summary>
    private const string CalledFalse = @"(?:called|calls|described|describes|termed|branded|dismissed|dismisses) (?:the |these |such |all |those )?(?:charges?|allegations?|accusations?|claims?|reports?) (?:as )?(?:"" )?(?:(?:a|an|completely|totally|entirely|utterly) )?(?:baseless|false|unfounded|untrue|groundless|fabricated|fabrications?|lies|lie|nonsense|propaganda|absurd|ridiculous|slander|fiction)\b";

    [GeneratedRegex(@"(?:charges?|allegations?|accusations?|claims?|assertions?) (?:(?:that|which) )?(?:the )?(?<who>@\d+)(?: (?:officials|authorities|government|leaders|spokes(?:man|woman|person)))? (?:(?:has|have|had|always|repeatedly|strongly|flatly|vehemently|categorically|consistently|firmly) )*" + Deny + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCharge();

    [GeneratedRegex(@"^(?:but |however , |however )?(?<who>@\d+)(?:'s " + Voice + @")? (?:(?:has|have|had|always|repeatedly|strongly|flatly|vehemently|categorically|consistently|firmly) )*(?:" + Deny + @" (?:the |these |such |all |any )?(?:charges?|allegations?|accusations?|claims?|reports?)\b|" + CalledFalse + ")", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningDenial();

    /// <summary>A trailing "a charge that X denies" in this sentence: the denier's slot and where the charge starts.</summary>
    public static (int Slot, int At)? Trailing(SentenceView view)
    {
        var m = TrailingCharge().Match(view.Text);
        if (!m.Success) return null;
        var slots = view.SlotsIn(m.Groups["who"].Index, m.Groups["who"].Length);
        return (slots[0], m.Index);
    }

    /// <summary>A sentence that opens by denying "the charges" of the sentence before: the denier's slot.</summary>
    public static int? Opening(SentenceView view)
    {
        var m = OpeningDenial().Match(view.Text);
        if (!m.Success) return null;
        return view.SlotsIn(m.Groups["who"].Index, m.Groups["who"].Length)[0];
    }
}
