using Nexus.Core.Claims;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Attribution;
using Nexus.Extraction.Lexicon;
using Nexus.Extraction.Pipeline;
using Nexus.Extraction.Polarity;
using Nexus.Extraction.Relations.Syntax;
using Nexus.Extraction.Time;

namespace Nexus.Extraction.Relations;

/// <summary>
/// The claim reader. Per sentence: rewrite it with entity slots (<see cref="SentenceViewFactory"/>),
/// match the lexicon's cue frames (<see cref="RelationPatternMatcher"/>) and support lists, then give
/// each relation its speaker (<see cref="SpeakerFinder"/>), polarity (<see cref="PolarityReader"/>),
/// valid time (<see cref="ValidTimeReader"/>) and confidence (<see cref="RulePrecision"/>). Denials
/// become claims of their own that point at the claim they contest.
/// </summary>
public sealed class PatternRelationExtractor : IRelationExtractor
{
    private readonly RelationPatternMatcher _matcher;
    private readonly SupportListReader _lists;
    private readonly SpeakerFinder _speakers = new();
    private readonly TimeExpressionResolver _time = new();
    private readonly RulePrecision _precision;
    private readonly DependencyRelationReader? _syntax;

    private readonly CountryOfDemonym? _demonyms;

    /// <param name="syntax">Reads relations off the dependency parse too (when the analysis has one); off only to measure the patterns alone.</param>
    /// <param name="demonyms">Countries by demonym, for "Indian, Canadian, and UK agencies" and "recruiting Indians".</param>
    public PatternRelationExtractor(RelationLexicon? lexicon = null, RulePrecision? precision = null, bool syntax = true, CountryOfDemonym? demonyms = null)
    {
        _syntax = syntax ? DependencyRelationReader.Default : null;
        _demonyms = demonyms;
        lexicon ??= RelationLexicon.Default;
        _matcher = new RelationPatternMatcher(lexicon);
        _lists = new SupportListReader(lexicon);
        _precision = precision ?? RulePrecision.Default;
    }

    public IReadOnlyList<Claim> Extract(ExtractionContext context) => [.. ExtractTraced(context).Select(t => t.Claim)];

    public List<TracedClaim> ExtractTraced(ExtractionContext context)
    {
        var text = context.Article.Text;
        var published = context.Article.Metadata.Published;
        var views = context.SentenceViewsWith(_demonyms).Read();
        var claims = new List<TracedClaim>();
        var previousSentence = new List<int>();
        var speech = new ReportedSpeech();
        var responsibility = new ResponsibilityClaims();
        List<(string AccusedId, Speaker By)> accusations = [];
        foreach (var sentence in context.Analysis.Sentences)
        {
            var span = new TextSpan(sentence.Start, sentence.End);
            var view = views.Next(span);
            var found = _matcher.Find(view);
            _lists.Find(view, found);
            _syntax?.Find(context.Analysis, sentence, view, found);
            responsibility.Read(view, found);
            var thisSentence = new List<int>();
            speech.Begin(text, span);
            var speakers = _speakers.Find(view, text, speech.Previous);
            for (var i = 0; i < speakers.Count; i++)
                speakers[i] = speakers[i] with { Speaker = DemonymSpeaker.Resolve(speakers[i].Speaker, _demonyms, context.Entities) };
            var firstClaim = claims.Count;
            if (found.Count > 0)
            {
                var dates = _time.Find(text, span, published);
                foreach (var relation in Deduplicate(found.Where(f => !IsOutletActing(f))))
                {
                    var scope = SpeakerFinder.SpeakerFor(speakers, relation);
                    // "Y's minister, X, said …", "Z alleged that X, a leader of Y, …": the author names X's role.
                    if (scope is not null && (NamingRoles.Names(relation) || SpeakerFinder.DescribesSpeaker(speakers, relation))) scope = null;
                    var speaker = scope?.Speaker;
                    var polarity = PolarityReader.Decide(view, relation, scope);
                    if (relation.Denial) speaker = Speaker.Named(relation.Source.Id, view.SpanOf(relation.Start, relation.Start + 1).Slice(text));
                    var (from, to) = ValidTimeReader.Read(text, span, dates, relation.Type);
                    var evidence = Evidence.Of(text, view.SpanOf(relation.Start, relation.End));
                    var confidence = _precision.Of(relation.Rule);
                    // The accusation a denial answers, stated too as a hedged claim that the denial contests.
                    int StateAccusation(Speaker? by, string rule)
                    {
                        claims.Add(new TracedClaim(new Claim(relation.Source.Id, relation.Type, relation.Target.Id, Core.Claims.Polarity.Hedged,
                            by, from, to, confidence, evidence), relation.Rule + rule));
                        thisSentence.Add(claims.Count - 1);
                        return claims.Count - 1;
                    }
                    int? contests = null;
                    if (relation.StatesAccusation)
                        contests = StateAccusation(null, "+accusation"); // "deflect accusations of supporting X": by no one named
                    else if (polarity == Core.Claims.Polarity.Denied && scope is not null
                             && DeniedAccusation.Accuser(view, scope, relation.Start, text, _demonyms, context.Entities) is { } accuser)
                        contests = StateAccusation(accuser, "+accuser"); // "Y denied X's claims that …": by X
                    else if (polarity == Core.Claims.Polarity.Denied)
                    {
                        contests = Contested(claims, relation);
                        if (contests is null && EarlierAccusation.Of(relation.Source.Id, accusations) is { } earlier)
                            contests = StateAccusation(earlier, "+earlier_accuser"); // "A accused B of backing the rebels. B denied backing C."
                    }
                    claims.Add(new TracedClaim(new Claim(relation.Source.Id, relation.Type, relation.Target.Id, polarity, speaker, from, to,
                        confidence, evidence, contests), relation.Rule));
                    thisSentence.Add(claims.Count - 1);
                }
            }
            AddDenialsOfPrevious(view, text, claims, thisSentence, previousSentence);
            speech.End(text, view, speakers, claims, firstClaim);
            if (thisSentence.Count > 0) previousSentence = thisSentence;
            accusations = EarlierAccusation.In(view, speakers);
        }
        return claims;
    }

    /// <summary>"…, a charge that X denies" and "X denied the charges." add X's denial of each claim they point back at.</summary>
    private static void AddDenialsOfPrevious(SentenceView view, string text, List<TracedClaim> claims, List<int> thisSentence, List<int> previousSentence)
    {
        var targets = new List<int>();
        int slot;
        if (DenialOfPrevious.Trailing(view) is { } trailing)
        {
            slot = trailing.Slot;
            var chargeAt = view.SpanOf(trailing.At, trailing.At + 1).Start;
            // Not what an apposition says in passing ("Y's defence minister, X, said …, an accusation Z rejected").
            targets.AddRange(thisSentence.Where(i => claims[i].Claim.Polarity != Core.Claims.Polarity.Denied && claims[i].Claim.Evidence.Span.Start < chargeAt
                                                     && !claims[i].Rule.StartsWith("role.", StringComparison.Ordinal)));
        }
        else if (DenialOfPrevious.Opening(view) is int opening)
        {
            slot = opening;
            // Not what an apposition says in passing ("X, a leader of Y, had …"): the charge is the sentence's main claim.
            targets.AddRange(previousSentence.Where(i => claims[i].Claim.Polarity != Core.Claims.Polarity.Denied && !claims[i].Rule.StartsWith("role.", StringComparison.Ordinal)));
        }
        else return;
        var denier = view.Slots[slot];
        var words = denier.Span.Slice(text);
        var evidence = Evidence.Of(text, view.Sentence);
        foreach (var i in targets)
        {
            var c = claims[i].Claim;
            claims.Add(new TracedClaim(c with
            {
                Polarity = Core.Claims.Polarity.Denied,
                AttributedTo = Speaker.Named(denier.Entity.Id, words),
                Evidence = evidence,
                Contests = i,
            }, "denial.of_previous:" + c.Type.ToWire()));
            thisSentence.Add(claims.Count - 1);
        }
    }

    /// <summary>The latest earlier claim of the same relation that a denial contests, if any.</summary>
    private static int? Contested(List<TracedClaim> claims, FoundRelation relation)
    {
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            var c = claims[i].Claim;
            if (c.Polarity != Core.Claims.Polarity.Denied && c.Type == relation.Type && c.SourceId == relation.Source.Id && c.TargetId == relation.Target.Id)
                return i;
        }
        return null;
    }

    /// <summary>One relation per (source, type, target) per sentence; denial frames win over plain ones, then the earliest rule.</summary>
    /// <summary>
    /// An outlet reports; it acts only as part of its owner ("the group's Amaq agency"). "Russia's state-run X" and "X, which is
    /// controlled by Y, Z reported" (Z an outlet) make no relation of the outlet.
    /// </summary>
    private static bool IsOutletActing(FoundRelation f) =>
        f.Source.Type == EntityType.Media && (f.Type != RelationType.MemberOf || f.Target.Type is EntityType.Government or EntityType.Location);

    private static IEnumerable<FoundRelation> Deduplicate(IEnumerable<FoundRelation> found) =>
        found.GroupBy(f => (f.Source.Id, f.Type, f.Target.Id, Sym: f.Type.IsSymmetric() ? string.CompareOrdinal(f.Source.Id, f.Target.Id) : 0))
            .Select(g => g.OrderByDescending(f => f.Denial).ThenBy(f => f.End - f.Start).First())
            .GroupBy(f => f.Type.IsSymmetric() ? (Min(f.Source.Id, f.Target.Id), f.Type, Max(f.Source.Id, f.Target.Id)) : (f.Source.Id, f.Type, f.Target.Id))
            .Select(g => g.First())
            .OrderBy(f => f.Start);

    private static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string Max(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? b : a;
}
