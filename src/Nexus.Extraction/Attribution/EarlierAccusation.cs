using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Extraction.Relations;

namespace Nexus.Extraction.Attribution;

/// <summary>
/// "A accused B of backing the rebels. B denied backing the Front.": the accusation names its object only by a
/// description, and the denial that follows names it. The accuser of B in one sentence is the speaker of the claim
/// that B denies in the next, when no claim answered it in between.
/// </summary>
public static partial class EarlierAccusation
{
    [GeneratedRegex(@"^(?:accus\w*|blam\w*) (?:the )?@(?<who>\d+) (?:of|for)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Accused();

    /// <summary>The accusations of one sentence: the accused entity's id and the accuser, from the sentence's speakers.</summary>
    public static List<(string AccusedId, Speaker By)> In(SentenceView view, IReadOnlyList<SpeakerScope> scopes)
    {
        var found = new List<(string, Speaker)>();
        foreach (var s in scopes)
        {
            if (s.CueAt >= view.Text.Length) continue;
            var m = Accused().Match(view.Text, s.CueAt, view.Text.Length - s.CueAt);
            if (!m.Success || m.Index != s.CueAt) continue;
            var k = int.Parse(m.Groups["who"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (k < view.Slots.Count && view.Slots[k].Entity.Id != s.Speaker.EntityId) found.Add((view.Slots[k].Entity.Id, s.Speaker));
        }
        return found;
    }

    /// <summary>The accuser, from the sentence before, of a claim its source denies now; null when there is none.</summary>
    public static Speaker? Of(string deniedSourceId, IReadOnlyList<(string AccusedId, Speaker By)> before) =>
        before.Where(a => a.AccusedId == deniedSourceId).Select(a => a.By).FirstOrDefault();
}
