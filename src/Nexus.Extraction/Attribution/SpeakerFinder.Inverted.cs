using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Extraction.Relations;

namespace Nexus.Extraction.Attribution;

/// <summary>
/// Speakers the subject-first patterns miss: the verb before its speaker after a quotation or a comma ("'…,' said X of
/// the Y", "…, said one official"), and unnamed people placed by a place or a person ("residents of X said", "a shop
/// owner in X said", "relatives of X said", "sources close to X said"), who keep their words instead of being taken for X.
/// </summary>
public sealed partial class SpeakerFinder
{
    /// <summary>Verbs that deny only what they are said of: "dismissed reports that", "refuted claims that", "disputed the allegation that".</summary>
    private const string Dismissing = @"(?:dismiss(?:ed|es)?|refut(?:ed|es|e)|disput(?:ed|es|e)|rebuff(?:ed|s)?)(?= (?:as [a-z]+ )?(?:the |these |such |all |any |those )?(?:[a-z]+ )?(?:reports?|claims?|allegations?|accusations?|suggestions?|charges?|assertions?) (?:that|of)\b)";

    [GeneratedRegex(@"(?<=(?:^|[,""“”']) )(?<verb>said|says|added|adds|told|warned|noted|wrote|insisted|explained|argued|claimed|alleged) (?!(?:on|in|at|last|this|that|earlier|late|from|during|after|before|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)(?<spk>@\d+|(?<words>[a-z][\w'-]*(?: [a-z][\w'-]*){0,4}?)(?: (?:for|of|at|from|with) (?:the )?(?<org>@\d+))?)(?= (?:[,.]|(?:of|from|at|in|on|who|with)\b)| [""”']? ?\.?$|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SaysSubject();

    /// <summary>An aside between a speaker and the verb: "officials , who spoke on condition of anonymity , said", "X , citing intelligence reports , said".</summary>
    private const string Aside = @"(?:, (?:who|speaking|citing|quoting) [^,@]{1,60}?(?= ,) )?";

    [GeneratedRegex(@"^" + Unnamed + @"$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeUnnamed();

    [GeneratedRegex(@"(?<![@\w'] )(?<spk>\b(?:(?:an?|the|one|two|three|some|several|many|local|other) )?(?:[a-z][\w-]* ){0,2}?(?:(?:residents|witnesses|villagers|owners?|farmers|traders|shopkeepers|fishermen|survivors|relatives|families|people|doctors|nurses|teachers|elders|neighbou?rs|parents) (?:of|in|from|near)|(?:sources?|people|aides|figures|officials?|someone) close to) (?:the )?(?<place>@\d+)) " + Adverbs + SayVerbs + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex LocatedSays();

    /// <summary>"…, a resident said, asking not to be named": a participle clause after the speaker, naming no actor, still closes the sentence.</summary>
    [GeneratedRegex(@"^, [a-z]+ing\b(?!.*\bthat\b)[^@]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleTail();

    /// <summary>"unconfirmed reports said …": a speaker that its own words put in doubt hedges what it says.</summary>
    private static bool Unconfirmed(string speakerWords) =>
        speakerWords.Contains("unconfirmed", StringComparison.Ordinal) || speakerWords.Contains("unverified", StringComparison.Ordinal);

    /// <summary>"'…,' an official told reporters in X", "…, officials told the X news agency": the audience and where it was told, after the speaker, close the sentence.</summary>
    [GeneratedRegex(@"^(?:reporters|journalists|the court|the media|the press|a (?:news|press) conference|(?:the )?@\d+(?: (?:newspaper|news agency|daily|television|channel|broadcaster))?)(?: (?:in|at|on|during|after) (?:a |an |the )?(?:@\d+|[a-z]+)(?: [a-z]+)?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AudienceTail();

    private static readonly RequiredLiterals SaysSubjectWords = RequiredLiterals.Of(SaysSubject().ToString());
    private static readonly RequiredLiterals LocatedSaysWords = RequiredLiterals.Of(LocatedSays().ToString());

    /// <summary>"'…,' said X": the speaker after the verb, for everything before it.</summary>
    private static IEnumerable<SpeakerScope> Inverted(SentenceView view, string articleText)
    {
        if (!SaysSubjectWords.MayMatch(view.Text)) yield break;
        foreach (Match m in SaysSubject().Matches(view.Text))
        {
            var spk = m.Groups["spk"];
            var words = view.SpanOf(spk.Index, spk.Index + spk.Length).Slice(articleText);
            Speaker speaker;
            var own = m.Groups["words"];
            var org = m.Groups["org"];
            if (spk.Value[0] == '@') speaker = Speaker.Named(SlotEntity(view, spk)!.Id, words);
            else if (WholeUnnamed().IsMatch(own.Value))
                speaker = org.Success ? Speaker.Named(SlotEntity(view, org)!.Id, words) : Speaker.Unnamed(words); // "said a spokesman for X": X speaks
            else if (ProperNameEnd(view, own.Index, articleText) == own.Index + own.Length)
                speaker = Speaker.Unnamed(view.SpanOf(own.Index, own.Index + own.Length).Slice(articleText)); // "said Ann Lee of X": a name the recogniser missed
            else continue;
            yield return new SpeakerScope(speaker, m.Groups["verb"].Index, 0, view.Text.Length, false, false, "attribution.says_inverted");
        }
    }

    /// <summary>"Residents of X said", "relatives of X said": the residents or relatives speak, not X.</summary>
    private static IEnumerable<Match> Located(SentenceView view) =>
        LocatedSaysWords.MayMatch(view.Text) ? LocatedSays().Matches(view.Text) : [];
}
