using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Nexus.Core.Entities;
using Nexus.Core.Events;
using Nexus.Core.Text;
using Nexus.Core.Time;
using Nexus.Extraction.Lexicon;
using Nexus.Extraction.Pipeline;
using Nexus.Extraction.Relations;
using Nexus.Extraction.Time;

namespace Nexus.Extraction.Events;

/// <summary>
/// Events from the triggers of Lexicon/event-cues.tsv. Per trigger: the place is a place named as
/// its modifier ("the Pahalgam attack", "the Coimbatore and Mangalore blasts": one event per place),
/// its object ("attacked Camp X in Y": Camp X) or introduced after it by "in"/"at" ("struck in Bajaur", "crackdown … in both countries"); the
/// date is the sentence's date nearest the trigger (the most precise within reach), resolved against publication; an
/// undated event (not a founding) is taken to be in the publication year; actors are the other
/// named actors of the sentence; casualties where stated.
/// </summary>
public sealed partial class LexiconEventExtractor : IEventExtractor
{
    // Loaded and compiled once per process: compiling costs more than reading many articles.
    private static readonly Lazy<EventCue[]> Cues = new(() => [.. LexiconResource.Rows(LexiconResource.ReadText("event-cues.tsv")).Select(r => new EventCue(
        new Regex(@"(?<![\w-])(?:" + r[0] + @")(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        Enum.Parse<EventType>(r[1], ignoreCase: true), r[2]))]);

    private readonly EventCue[] _cues = Cues.Value;
    private readonly TimeExpressionResolver _time = new();

    [GeneratedRegex(@"(?<list>@\d+(?:(?: ,)?(?: and| or)? (?:the )?@\d+)*)(?: [a-z-]+){0,2} $", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(@"^[^.;]{0,90}?\b(?<prep>in|at|near|inside|outside|across|after) (?:the |both )?(?:(?:[a-z-]+ )?(?:city|town|village|province|district|region)s? of )?(?<list>@\d+(?:(?: ,)?(?: and| or)? (?:the )?@\d+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfter();

    /// <summary>"On 21 December in Bagram, a suicide bomber blew himself up": a place that opens the trigger's clause.</summary>
    [GeneratedRegex(@"\b(?:in|at|near) (?:the )?(?<list>@\d+(?:(?: ,)?(?: and| or)? (?:the )?@\d+)*) , (?:[a-z-]+ ){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOpeningClause();

    /// <summary>"attacked Camp Shorabak in Helmand": a place that is the trigger's object is the place of the event.</summary>
    [GeneratedRegex(@"^ (?:the )?(?<list>@\d+(?:(?: ,)?(?: and| or)? (?:the )?@\d+)*)(?!'s| -)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceObject();

    public IReadOnlyList<Event> Extract(ExtractionContext context)
    {
        var text = context.Article.Text;
        var published = context.Article.Metadata.Published;
        var views = context.SentenceViews.Read();
        var events = new List<Event>();
        foreach (var sentence in context.Analysis.Sentences)
        {
            var span = new TextSpan(sentence.Start, sentence.End);
            var view = views.Next(span);
            List<TimeExpression>? dates = null;
            (int? Killed, int? Injured)? casualties = null; // read once per sentence, however many attack triggers it has
            var seen = new HashSet<(EventType, string?, string?)>();
            var found = new List<Event>();
            foreach (var slot in view.Slots.Where(s => s.Entity.Type == EntityType.Event && !s.Inferred).DistinctBy(s => s.Entity.Id))
                AddNamedEvent(context, view, slot, published, ref dates, span, found, seen);
            foreach (var cue in _cues)
            {
                for (var m = cue.Trigger.Match(view.Text); m.Success; m = m.NextMatch())
                {
                    dates ??= [.. _time.Find(text, span, published)];
                    var trigger = view.SpanOf(m.Index, m.Index + m.Length);
                    var places = Places(view, m);
                    var date = DateNear(text, dates, trigger);
                    if (!Counts(cue.Needs, date, places.Count > 0)) continue;
                    date ??= cue.Type == EventType.Founding || published is null ? null : new PartialDate(published.Value.Year);
                    var actors = view.Slots.Where(s => !places.Contains(s.Entity.Id) && s.Entity.Type is not (EntityType.Location or EntityType.Event or EntityType.Project))
                        .Select(s => s.Entity.Id).Distinct().ToImmutableArray();
                    var (killed, injured) = cue.Type == EventType.Attack ? casualties ??= CasualtyReader.Read(span.Slice(text)) : (null, null);
                    foreach (var place in places.Count == 0 ? [null] : places.Cast<string?>())
                    {
                        if (!seen.Add((cue.Type, date?.ToString(), place))) continue;
                        found.Add(new Event(string.Empty, cue.Type, date, place, actors, Evidence.Of(text, span), killed, injured));
                    }
                }
            }
            // Two triggers of one event ("speaking … threatened"): the placed reading wins over the unplaced one.
            foreach (var e in found.Where(e => e.LocationId is not null || !found.Any(o => o.LocationId is not null && o.Type == e.Type && o.Date == e.Date)))
                events.Add(e with { Id = $"v{events.Count + 1}" });
        }
        return events;
    }

    /// <summary>
    /// A named event ("the Dabori agreement", "the attack on a gurdwara in Kabul") is one event: its type from the
    /// triggers in its name, its place a place named in it or introduced right after it.
    /// </summary>
    private void AddNamedEvent(ExtractionContext context, SentenceView view, SentenceSlot slot, PartialDate? published,
        ref List<TimeExpression>? dates, TextSpan span, List<Event> found, HashSet<(EventType, string?, string?)> seen)
    {
        var name = slot.Span.Slice(context.Article.Text).ToLowerInvariant();
        var cue = _cues.FirstOrDefault(c => c.Trigger.IsMatch(name));
        if (cue is null) return;
        var text = context.Article.Text;
        dates ??= [.. _time.Find(text, span, published)];
        var date = DateNear(text, dates, slot.Span) ?? (cue.Type == EventType.Founding || published is null ? null : new PartialDate(published.Value.Year));
        var inside = context.Entities.Where(e => e.Type == EntityType.Location && e.Id != slot.Entity.Id
            && e.Aliases.Any(a => a.Length > 2 && name.Contains(a.ToLowerInvariant(), StringComparison.Ordinal))).Select(e => e.Id).ToList();
        var at = view.PositionOf(view.Slots.ToList().IndexOf(slot));
        var places = inside.Count > 0 ? inside : at < 0 ? [] : Places(view, TriggerAt(view, at));
        var actors = view.Slots.Where(s => s.Entity.Type is not (EntityType.Location or EntityType.Event or EntityType.Project) && !places.Contains(s.Entity.Id))
            .Select(s => s.Entity.Id).Distinct().ToImmutableArray();
        foreach (var place in places.Count == 0 ? [null] : places.Cast<string?>())
            if (seen.Add((cue.Type, date?.ToString(), place)))
                found.Add(new Event(string.Empty, cue.Type, date, place, actors, Evidence.Of(text, span)));
    }

    /// <summary>The slot token at a view position, as a match, so named events find places like triggers do.</summary>
    private static Match TriggerAt(SentenceView view, int at) => SlotToken().Match(view.Text, at);

    [GeneratedRegex(@"@\d+(?:'s)?", RegexOptions.CultureInvariant)]
    private static partial Regex SlotToken();

    private static bool Counts(string needs, PartialDate? date, bool placed) => needs switch
    {
        "dated" => date is not null,
        "dated_or_placed" => date is not null || placed,
        _ => true,
    };

    /// <summary>How far (characters) from a trigger a date still counts as its own: farther ones belong to another clause.</summary>
    private const int DateReach = 40;

    /// <summary>
    /// The date of a trigger: a date within reach of it before one farther away ("designated in 1997, and X proscribed it in
    /// 2019"), and not across a comma; among those, the most precise, then the nearest.
    /// </summary>
    private static PartialDate? DateNear(string text, List<TimeExpression> dates, TextSpan trigger) =>
        dates.Count == 0 ? null
            : dates.OrderBy(d => Distance(text, d, trigger) > DateReach).ThenByDescending(d => d.Value.Precision).ThenBy(d => Distance(text, d, trigger)).First().Value;

    /// <summary>Characters between a date and a trigger; a comma or semicolon between them puts the date out of reach.</summary>
    private static int Distance(string text, TimeExpression d, TextSpan trigger)
    {
        var (from, to) = d.Span.Start >= trigger.End ? (trigger.End, d.Span.Start) : trigger.Start >= d.Span.End ? (d.Span.End, trigger.Start) : (0, 0);
        return text.AsSpan(from, to - from).IndexOfAny(',', ';') >= 0 ? DateReach + 1 + to - from : to - from;
    }

    private static List<string> Places(SentenceView view, Match trigger)
    {
        // A place right before the trigger modifies it ("the Pahalgam attack"); a country there is more often the actor ("the US crackdown").
        var before = PlaceBefore().Match(view.Text[..trigger.Index]);
        var places = new List<string>();
        if (before.Success) places.AddRange(PlaceIds(view, before.Groups["list"], 0, EntityType.Location));
        if (places.Count > 0) return places;
        var offset = trigger.Index + trigger.Length;
        var obj = PlaceObject().Match(view.Text[offset..]);
        if (obj.Success) places.AddRange(PlaceIds(view, obj.Groups["list"], offset, EntityType.Location));
        if (places.Count > 0) return places;
        var after = PlaceAfter().Match(view.Text[offset..]);
        if (after.Success) places.AddRange(PlaceIds(view, after.Groups["list"], offset, EntityType.Government));
        if (places.Count > 0) return places;
        var opening = PlaceOpeningClause().Match(view.Text[..trigger.Index]);
        if (opening.Success) places.AddRange(PlaceIds(view, opening.Groups["list"], 0, EntityType.Location));
        return places;
    }

    private static IEnumerable<string> PlaceIds(SentenceView view, Group g, int offset, EntityType alsoAllowed) =>
        view.SlotsIn(g.Index + offset, g.Length).Select(k => view.Slots[k].Entity)
            .Where(e => e.Type == EntityType.Location || e.Type == alsoAllowed).Select(e => e.Id).Distinct();
}
