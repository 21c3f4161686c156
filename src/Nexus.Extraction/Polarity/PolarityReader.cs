using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Extraction.Attribution;
using Nexus.Extraction.Relations;

namespace Nexus.Extraction.Polarity;

/// <summary>
/// Decides how a relation is put. Denied: a denial frame ("denies supporting"), a denying speaker,
/// or negation inside the words that state it ("has never launched a campaign against"). Hedged: a
/// hedge inside those words or just before them ("reportedly", "allegedly", "is believed to",
/// "may"), or a doubting speaker ("X claims"). Otherwise asserted.
/// </summary>
public static partial class PolarityReader
{
    [GeneratedRegex(@"\b(?:not|never|no|neither|nor|without|n't|cannot)\b(?! (?:only|just|merely|least|doubt|longer a secret)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    /// <summary>"cannot sever ties with X", "could not do without X": a negated break is a tie affirmed, not denied.</summary>
    [GeneratedRegex(@"\b(?:not|never|cannot|n't|no longer)\b(?: \w+){0,2}? (?:sever|cut|break|end|abandon|drop|lose|afford to lose|do without|give up|walk away)\w*\b", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedBreak();

    [GeneratedRegex(@"\b(?:reportedly|allegedly|purportedly|apparently|supposedly|suspected|believed|thought to|said to|may|might|could|possibly|probably|likely|perhaps|rumou?red|unconfirmed|accused of|blamed for|held responsible|alleged|presumably|seemingly|appears? to|appeared to|seems? to|seemed to|unverified)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    /// <summary>How many words before a relation's own words a hedge still governs it ("reportedly" opening the clause).</summary>
    private const int HedgeReach = 4;

    public static Core.Claims.Polarity Decide(SentenceView view, FoundRelation relation, SpeakerScope? speaker)
    {
        if (relation.Denial || speaker is { Denies: true }) return Core.Claims.Polarity.Denied;
        var own = view.Text.AsSpan(relation.Start, relation.End - relation.Start).ToString();
        if (Negation().IsMatch(NegatedBreak().Replace(own, " "))) return Core.Claims.Polarity.Denied;
        // "X claimed it was responsible for the attack": the claim is the fact reported, not a doubt about it.
        var claimOfResponsibility = relation.Rule.StartsWith("claim.responsibility", StringComparison.Ordinal);
        // A role named in passing ("alleged that X, a leader of Y, …") is hedged only by its own words.
        var before = NamingRoles.Names(relation) ? string.Empty : Before(view.Text, relation.Start);
        if (Hedge().IsMatch(own) || Hedge().IsMatch(before) || speaker is { Hedges: true } && !claimOfResponsibility) return Core.Claims.Polarity.Hedged;
        return Core.Claims.Polarity.Asserted;
    }

    /// <summary>The few words before a position, stopping at a clause boundary.</summary>
    private static string Before(string text, int at)
    {
        var start = at;
        var words = 0;
        while (start > 0 && words <= HedgeReach)
        {
            start--;
            if (text[start] is ',' or ';' or ':' or '.') { start++; break; }
            if (text[start] == ' ') words++;
        }
        return text[start..at];
    }
}
