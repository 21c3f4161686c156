using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Relations;

namespace Nexus.Extraction.Attribution;

/// <summary>
/// Finds who a sentence says is speaking: "according to X", "X said / stated / told / claimed /
/// warned / revealed (that)", parenthetical ", officials say,", a quotation closed by "one official
/// said", "X, who revealed that", "X has been accusing Y of …". A named speaker links to its
/// entity; an unnamed one keeps its words ("officials", "an Intelligence Bureau official" links to
/// the bureau but keeps the words; "according to the US Drug Agency": a name modifying another, the last speaks); "X called the reports false and denied that …". Verbs that doubt ("claims", "alleges") hedge what they report;
/// verbs that deny ("denies", "rejects") deny it.
/// </summary>
public sealed partial class SpeakerFinder
{
    /// <summary>A demonym by its ending ("nigerian", "chinese", "turkish", "iraqi"), written in lower case in the view.</summary>
    private const string Demonym = @"[a-z]+(?:ian|ean|ese|ish|an|i)";

    private const string Unnamed =
        @"(?:(?:an?|the|one|two|three|some|several|many|a second|second|senior|top|local|other|western|security|intelligence|government|military|police|official|unnamed|anonymous|counter-terrorism|counterterrorism|defence|defense|foreign|interior|state|federal|public|unconfirmed|unverified|diplomatic|indian|pakistani|afghan|american|us|u\.s\.|british|canadian|chinese|russian|iranian|media|news|human|rights|aid|un|local|" + Demonym + @") ){0,3}" +
        @"(?:officials?|sources?|agencies|experts?|analysts?|police|spokes(?:man|woman|person)|diplomats?|residents|witnesses|investigators|authorities|officers?|observers|insiders|reports|critics|leaders|ministers?|commanders?|(?<=(?:rights|aid|monitoring|humanitarian) )groups|activists|monitors|researchers|lawmakers|prosecutors?|people familiar with the (?:matter|case|investigation|talks)|media|press|newspapers?|broadcasters?|television|army|military|ministry|embassy|navy|junta|(?<=(?:military|army|defence|defense|" + Demonym + @") )intelligence(?= (?:believes|says|said|suspects|assesses|reported|reports|claims|warned|warns|estimates|concluded)))";

    private const string OrgOfficial = @"(?:(?:an?|the|one|two|some|several|senior|top|a second) )?(?<org>@\d+)(?:'s)? (?:[a-z-]+ )?(?:officials?|sources?|spokes(?:man|woman|person)|officers?|leaders?|commanders?|chief|agents?|operatives?|investigators|police|prosecutors|authorities|diplomats?|intelligence|team|panel|mission|government|junta|ministry|lawyers?|attorneys?|ministers?|ambassador|envoy|statement|report|communiqu[eé]|media|press|television)";

    private const string SayVerbs =
        @"(?<verb>said|says|say|stated|states|state|told|tells|claimed|claims|claim|warned|warns|warn|revealed|reveals|reveal|added|adds|noted|notes|asserted|asserts|insisted|insists|alleged|alleges|allege|argued|argues|argue|believe|believes|believed|suspect|suspects|suspected|admitted|admits|confirmed|confirms|disclosed|discloses|pointed out|point out|points out|accused|accuses|accusing|accuse|testified|announced|announces|acknowledged|reported|reports|suggest|suggests|suggested|denied|denies|deny|rejected|rejects|reject|explained|explains|observed|observes|wrote|writes|(?:was |were |is )?quoted (?:by (?:the )?@\d+ )?as saying|" + Dismissing + @")(?! (?:responsibility|links|credit|lives|the lives|control|territory|victory|ground))";

    private const string Adverbs = @"(?:(?:has|have|had|also|repeatedly|reportedly|recently|publicly|earlier|once|even|long|strongly|flatly|vehemently|been|who|which|,) )*";

    [GeneratedRegex(@"\baccording to (?:(?:an? |the )?(?:[a-z]+ ){0,2}?(?:report|statement|assessment|study|investigation|analysis|tally|count) (?:by|from|of) (?:the )?)?(?:(?<spk>" + OrgOfficial + @")|(?:the )?(?:@\d+ (?=@))?(?<spk>@\d+(?:(?: ,)?(?: and| or) @\d+)*)|(?<spk>" + Unnamed + @"))", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    // "according to Kestrel Watch": a name the recogniser missed, checked against the article's capitals (see ProperNameEnd).
    [GeneratedRegex(@"\baccording to (?:the )?(?<spk>[a-z][\w'&-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToName();

    [GeneratedRegex(@"(?:(?<spk>" + OrgOfficial + @")|(?<spk>@\d+)|(?<spk>\b" + Unnamed + @")) " + Aside + Adverbs + SayVerbs + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectSays();

    [GeneratedRegex(@"(?<spk>@\d+) , (?:[^@,]{1,60}(?:@\d+[^@,]{0,20})?, )?who " + Adverbs + SayVerbs + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeSays();

    // "Dr X, chairman of the Y, stated at the Z that …": a speaker, an apposition that names a role, then the verb.
    [GeneratedRegex(@"(?<spk>@\d+) , (?!(?:which|who|whom|whose|that|and|but|or|while|as|if|when|where|because)\b)(?:[a-z][\w'-]* |@\d+(?:'s)? |- ){1,10}, " + Adverbs + SayVerbs + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveSays();

    // "X called the reports baseless and denied that …": a speaker, a first predicate without another actor, then "and" and the verb.
    [GeneratedRegex(@"(?<spk>@\d+) (?!(?:and|or|,)\b)(?:[a-z][\w'-]* |[""“”] ){1,8}?and " + Adverbs + SayVerbs + @" (?=that\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatedSays();

    // "X issued a statement, saying …", "the ministry released a video stating that …": the statement speaks for its issuer.
    [GeneratedRegex(@"(?:(?<spk>" + OrgOfficial + @")|(?<spk>@\d+)) (?:[a-z]+ ){0,4}?(?:issued|released|put out|published|posted|sent) (?:a |an |the )?(?:[a-z-]+ )?(?:statement|communiqu[eé]|message|video|audio message|post)(?: [^,@.;]{1,40}?)? (?:, )?(?<verb>stating|saying)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedStatement();

    /// <summary>What may follow a closing "X said": when and where it was said ("on Thursday", "in a statement").</summary>
    [GeneratedRegex(@"^(?:on|in|at|last|this|earlier|late|from|during|after|before|late|yesterday|today)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAdjunct();

    // "he said", "she added", "the official warned", "the report said": a speaker named earlier, picked up by a pronoun or a
    // definite description.
    [GeneratedRegex(@"(?<![@\w'] )(?<spk>\b(?:he|she|they|the (?:official|officials|minister|spokesman|spokeswoman|spokesperson|officer|commander|analyst|expert|source|envoy|diplomat|chief|leader|report|statement|study|assessment|indictment)))(?:,)? " + Adverbs + SayVerbs + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounSays();

    // "the Security Media Cell said": a name the recogniser missed, checked against the article's capitals (see ProperNameEnd).
    [GeneratedRegex(@"(?<![@\w'] )(?<spk>\bthe(?: (?:[a-z][\w'-]*|@\d+)){1,6}) " + Adverbs + SayVerbs + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameSays();

    private static readonly HashSet<string> Hedging = new(StringComparer.Ordinal)
        { "claimed", "claims", "claim", "alleged", "alleges", "allege", "suspect", "suspects", "suspected", "believe", "believes", "believed", "suggest", "suggests", "suggested" };

    private static readonly HashSet<string> Denying = new(StringComparer.Ordinal)
        { "denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed", "dismisses", "dismiss", "refuted", "refutes", "refute", "disputed", "disputes", "dispute", "rebuffed", "rebuffs" };

    // Every pattern needs one of its words (a verb of saying, "according to"): most sentences have none, and this check costs far less than a scan.
    private static readonly RequiredLiterals AccordingToWords = RequiredLiterals.Of(AccordingTo().ToString());
    private static readonly RequiredLiterals SubjectSaysWords = RequiredLiterals.Of(SubjectSays().ToString());
    private static readonly RequiredLiterals RelativeSaysWords = RequiredLiterals.Of(RelativeSays().ToString());
    private static readonly RequiredLiterals AppositiveSaysWords = RequiredLiterals.Of(AppositiveSays().ToString());
    private static readonly RequiredLiterals PronounSaysWords = RequiredLiterals.Of(PronounSays().ToString());
    private static readonly RequiredLiterals CoordinatedSaysWords = RequiredLiterals.Of(CoordinatedSays().ToString());
    private static readonly RequiredLiterals NameSaysWords = RequiredLiterals.Of(NameSays().ToString());
    private static readonly RequiredLiterals IssuedStatementWords = RequiredLiterals.Of(IssuedStatement().ToString());

    public List<SpeakerScope> Find(SentenceView view, string articleText) => Find(view, articleText, null);

    private static IEnumerable<Match> Matches(Regex regex, RequiredLiterals words, string text) => words.MayMatch(text) ? regex.Matches(text) : [];

    /// <summary>
    /// The speakers of one sentence. <paramref name="previous"/> is the latest speaker of the
    /// paragraph before this sentence: "he said", "she added" and "the official warned" refer back to it.
    /// </summary>
    public List<SpeakerScope> Find(SentenceView view, string articleText, Speaker? previous)
    {
        var found = new List<SpeakerScope>();
        var text = view.Text;
        for (var m = AccordingToWords.MayMatch(text) ? AccordingTo().Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            var spk = m.Groups["spk"];
            var name = ProperNameEnd(view, spk.Index, articleText);
            // "according to the Kenya Police Service" where only "Kenya Police" was recognised: the whole name, as written.
            var speaker = name > spk.Index + spk.Length ? Speaker.Unnamed(view.SpanOf(spk.Index, name).Slice(articleText)) : SpeakerOf(view, m, articleText);
            found.Add(new SpeakerScope(speaker, m.Index, 0, text.Length, false, false, "attribution.according_to"));
        }
        for (var m = text.Contains("according to ", StringComparison.Ordinal) ? AccordingToName().Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            var spk = m.Groups["spk"];
            var name = ProperNameEnd(view, spk.Index, articleText);
            if (name < 0 || found.Exists(f => f.CueAt == m.Index)) continue;
            found.Add(new SpeakerScope(Speaker.Unnamed(view.SpanOf(spk.Index, name).Slice(articleText)), m.Index, 0, text.Length, false, false, "attribution.according_to"));
        }
        var matches = Matches(RelativeSays(), RelativeSaysWords, text).Concat(Matches(AppositiveSays(), AppositiveSaysWords, text))
            .Concat(Matches(CoordinatedSays(), CoordinatedSaysWords, text)).Concat(Located(view))
            .Concat(Matches(IssuedStatement(), IssuedStatementWords, text))
            .Concat(Matches(NameSays(), NameSaysWords, text).Where(m => ProperNameEnd(view, m.Groups["spk"].Index, articleText) == m.Groups["spk"].Index + m.Groups["spk"].Length));
        if (previous is not null) matches = matches.Concat(Matches(PronounSays(), PronounSaysWords, text).Where(m => RefersTo(m.Groups["spk"].Value, previous)));
        foreach (var m in matches.Concat(Matches(SubjectSays(), SubjectSaysWords, text)).OrderBy(m => m.Index))
        {
            if (found.Exists(f => f.CueAt <= m.Index && m.Index < f.CueAt + 13 && f.Rule == "attribution.according_to")) continue;
            var verb = m.Groups["verb"];
            if (found.Exists(f => f.CueAt == verb.Index)) continue;
            var after = verb.Index + verb.Length;
            // "…, one official said." closes the sentence: the words are before it. Otherwise they follow it.
            var rest = text[after..].Trim(' ', '.', '\'', '"', '”', '’');
            var closing = rest.Length < 4 || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !rest.Contains('@') && !rest.StartsWith("that", StringComparison.Ordinal)
                          || ParticipleTail().IsMatch(rest) || AudienceTail().IsMatch(rest);
            // ", X said on Thursday, three months after …": a speaker after a comma, not introducing "that", closes what came before.
            // "…, the X said on Sunday in a statement." too: a determiner before a named speaker.
            var lead = m.Index >= 6 && text.AsSpan(m.Index - 4, 4).SequenceEqual("the ") && text[m.Index] == '@' ? m.Index - 4 : m.Index;
            var parenthetical = lead >= 2 && text[lead - 2] == ',' && (rest.StartsWith(',') || TrailingAdjunct().IsMatch(rest) && !rest.Contains(" that ", StringComparison.Ordinal));
            var (from, to) = closing || parenthetical ? (0, text.Length) : (verb.Index, text.Length);
            var pronoun = m.Groups["spk"].Value is var w && w.Length > 0 && (w[0] != '@' && RefersTo(w, previous) || previous is not null && IsPronounSlot(view, m.Groups["spk"], articleText));
            found.Add(new SpeakerScope(pronoun ? previous! : SpeakerOf(view, m, articleText), verb.Index, from, to,
                Hedging.Contains(verb.Value) || Unconfirmed(m.Groups["spk"].Value), Denying.Contains(verb.Value), pronoun ? "attribution.says_pronoun" : "attribution.says"));
        }
        foreach (var s in Inverted(view, articleText))
        {
            // "X armed Y, said one official": not Y speaking across the comma.
            if (s.CueAt >= 2 && text[s.CueAt - 2] == ',') found.RemoveAll(f => f.CueAt == s.CueAt && f.Rule == "attribution.says");
            if (!found.Exists(f => f.CueAt == s.CueAt)) found.Add(s);
        }
        return found;
    }

    /// <summary>"they said" where the claim view resolved "they" to an actor: a speaker named before is the better reading.</summary>
    private static bool IsPronounSlot(SentenceView view, Group spk, string articleText)
    {
        var slots = view.SlotsIn(spk.Index, spk.Length);
        if (slots.Count != 1 || !view.Slots[slots[0]].Inferred) return false;
        return view.Slots[slots[0]].Span.Slice(articleText).ToLowerInvariant() is "he" or "she" or "they" or "it";
    }

    /// <summary>
    /// "he", "she", "they" refer to any earlier speaker; "the official" to one whose words name an official, and "the
    /// spokesman" or "the official" to any named speaker (the person, or the body they speak for); "the report"
    /// to a named speaker ("according to a report by X. The report said …": X speaks through its report).
    /// </summary>
    private static bool RefersTo(string words, Speaker? previous)
    {
        if (previous is null) return false;
        if (words is "he" or "she" or "they") return true;
        if (!words.StartsWith("the ", StringComparison.Ordinal)) return false;
        if (words[4..] is "report" or "statement" or "study" or "assessment" or "indictment") return previous.EntityId is not null;
        var head = words[4..].TrimEnd('s');
        // "Foreign ministry spokesman Ann Lee said … The spokesman added …": a named speaker is the spokesman or official named before.
        if (previous.EntityId is not null && words[4..] is "spokesman" or "spokeswoman" or "spokesperson" or "official") return true;
        return previous.Text.Contains(head, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The speaker of a relation found at [start, end) of the view: the nearest preceding scope that covers it.</summary>
    public static SpeakerScope? SpeakerFor(IReadOnlyList<SpeakerScope> scopes, FoundRelation relation)
    {
        SpeakerScope? best = null;
        foreach (var s in scopes)
        {
            var covers = relation.Start >= s.ScopeStart && relation.Start < s.ScopeEnd
                         || relation.Start < s.CueAt && relation.End > s.CueAt; // "X, which Y claims is backed by Z"
            if (!covers) continue;
            if (s.ScopeStart == s.CueAt && relation.Start < s.CueAt && relation.End <= s.CueAt) continue;
            if (best is null || Math.Abs(s.CueAt - relation.Start) < Math.Abs(best.CueAt - relation.Start)) best = s;
        }
        return best;
    }

    /// <summary>
    /// A role the sentence gives its own speaker before the verb ("Y's defence minister, X, said …", "Y spokesman X told …"):
    /// the author's description of who speaks, not part of what is said.
    /// </summary>
    public static bool DescribesSpeaker(IReadOnlyList<SpeakerScope> scopes, FoundRelation relation) =>
        relation.Type is RelationType.MemberOf or RelationType.Leads
        && scopes.Any(s => s.Speaker.EntityId == relation.Source.Id && relation.End <= s.CueAt);

    /// <summary>
    /// Where a name written in capitals that starts at view offset <paramref name="start"/> ("the Kenya Police Service", "Iraqi
    /// Security Media Cell") ends in the view, or -1: it needs a word the recogniser left out of every slot.
    /// </summary>
    private static int ProperNameEnd(SentenceView view, int start, string articleText)
    {
        var text = view.Text;
        var at = text.AsSpan(start).StartsWith("the ") ? start + 4 : start;
        int end = -1, words = 0;
        while (at < text.Length)
        {
            var next = text.IndexOf(' ', at);
            if (next < 0) next = text.Length;
            var slot = text[at] == '@' && !text.AsSpan(at, next - at).Contains('\'');
            var first = view.SpanOf(at, next).Start;
            if (!slot && !(char.IsLetter(text[at]) && char.IsUpper(articleText[first]))) break;
            if (!slot) words++;
            end = next;
            at = next + 1;
        }
        return words > 0 ? end : -1;
    }

    private static Speaker SpeakerOf(SentenceView view, Match m, string articleText)
    {
        var spk = m.Groups["spk"];
        var words = view.SpanOf(spk.Index, spk.Index + spk.Length).Slice(articleText);
        if (m.Groups["place"].Success) return Speaker.Unnamed(words);
        var org = m.Groups["org"];
        if (org.Success) return Speaker.Named(SlotEntity(view, org)!.Id, words);
        var slots = view.SlotsIn(spk.Index, spk.Length);
        if (m.Groups["verb"].Success && spk.Value.StartsWith("the ", StringComparison.Ordinal) && ProperNameEnd(view, spk.Index, articleText) == spk.Index + spk.Length)
            return Speaker.Unnamed(words);
        if (slots.Count > 0) return Speaker.Named(view.Slots[slots[0]].Entity.Id, words);
        return Speaker.Unnamed(words);
    }

    private static Entity? SlotEntity(SentenceView view, Group g)
    {
        var slots = view.SlotsIn(g.Index, g.Length);
        return slots.Count == 0 ? null : view.Slots[slots[0]].Entity;
    }
}
