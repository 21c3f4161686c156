using System.Buffers;
using System.Text.RegularExpressions;
using Nexus.Core.Entities;
using Nexus.Extraction.Lexicon;

namespace Nexus.Extraction.Relations;

/// <summary>
/// Runs every (cue, frame) pattern of a <see cref="RelationLexicon"/> over a sentence view and turns
/// matches into relations, one per source-target pair: coordinated lists ("India, Canada and the
/// UK") expand into one relation per member, and "pair" lists relate every two members.
/// </summary>
public sealed partial class RelationPatternMatcher
{
    private readonly RelationPattern[] _patterns;
    private readonly string[] _triggers;
    private readonly int[][] _triggersOf;
    private readonly SearchValues<string> _anyTrigger;
    private readonly Dictionary<char, int[]> _triggersStartingWith;

    public RelationPatternMatcher(RelationLexicon lexicon)
    {
        _patterns = [.. lexicon.Cues.SelectMany(c => c.Frames.Select(f => new RelationPattern(c, lexicon.Frames[f])))];
        // Many patterns share a cue's words: each distinct word is looked for at most once per sentence.
        _triggers = [.. _patterns.SelectMany(p => p.Cue.Triggers).Distinct(StringComparer.Ordinal)];
        var index = _triggers.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        _triggersOf = [.. _patterns.Select(p => p.Cue.Triggers.Select(t => index[t]).ToArray())];
        _anyTrigger = SearchValues.Create([.. _triggers.Where(t => t.Length > 0)], StringComparison.Ordinal);
        _triggersStartingWith = _triggers.Select((t, i) => (t, i)).Where(p => p.t.Length > 0)
            .GroupBy(p => p.t[0]).ToDictionary(g => g.Key, g => g.Select(p => p.i).ToArray());
    }

    public IReadOnlyList<RelationPattern> Patterns => _patterns;

    public List<FoundRelation> Find(SentenceView view)
    {
        var found = new List<FoundRelation>();
        if (view.Slots.Count < 2 && !view.Text.Contains("both countries", StringComparison.Ordinal)) return found;
        Span<bool> present = _triggers.Length <= 2048 ? stackalloc bool[_triggers.Length] : new bool[_triggers.Length];
        FindTriggers(view.Text, present);
        for (var p = 0; p < _patterns.Length; p++)
        {
            var pattern = _patterns[p];
            if (!AnyPresent(_triggersOf[p], present) || !pattern.Literals.MayMatch(view.Text)) continue;
            for (var m = pattern.Regex.Match(view.Text); m.Success; m = m.NextMatch())
                Emit(view, pattern, m, found);
        }
        FindOwnedMedia(view, found);
        TypedMembership.Find(view, found);
        return found;
    }

    /// <summary>
    /// Marks which trigger words occur in the sentence, in one multi-word search (every occurrence of any of
    /// them, then which ones start there) rather than one search per word: present[t] = text contains trigger t.
    /// </summary>
    private void FindTriggers(string text, Span<bool> present)
    {
        present.Clear();
        for (var t = 0; t < _triggers.Length; t++) if (_triggers[t].Length == 0) present[t] = true;
        for (var at = 0; at < text.Length; at++)
        {
            var next = text.AsSpan(at).IndexOfAny(_anyTrigger);
            if (next < 0) return;
            at += next;
            foreach (var t in _triggersStartingWith[text[at]])
                if (text.AsSpan(at).StartsWith(_triggers[t], StringComparison.Ordinal)) present[t] = true;
        }
    }

    /// <summary>The cue words the text holds (what <see cref="Find"/> checks patterns against; for tests and diagnosis).</summary>
    public List<string> TriggersIn(string text)
    {
        var present = new bool[_triggers.Length];
        FindTriggers(text, present);
        return [.. _triggers.Where((_, t) => present[t])];
    }

    /// <summary><see cref="RelationPattern.MayMatch"/>'s cue check: a pattern without triggers always may match.</summary>
    private static bool AnyPresent(int[] triggers, ReadOnlySpan<bool> present)
    {
        if (triggers.Length == 0) return true;
        foreach (var t in triggers) if (present[t]) return true;
        return false;
    }

    /// <summary>"ISKP's Al-Azaim Media", "the group's magazine Dabiq": an outlet owned by a group is part of it (the entity type says it is an outlet).</summary>
    private static void FindOwnedMedia(SentenceView view, List<FoundRelation> into)
    {
        for (var m = OwnedMedia().Match(view.Text); m.Success; m = OwnedMedia().Match(view.Text, m.Index + 1))
        {
            var owner = view.Slots[view.SlotsIn(m.Groups["tgt"].Index, m.Groups["tgt"].Length)[0]];
            var media = view.Slots[view.SlotsIn(m.Groups["src"].Index, m.Groups["src"].Length)[0]];
            if (media.Entity.Type != EntityType.Media || owner.Entity.Id == media.Entity.Id || !SentenceViewFactory.IsActor(owner.Entity)) continue;
            into.Add(new FoundRelation("typed.possessive_media:member_of", Core.Claims.RelationType.MemberOf, media.Entity, owner.Entity,
                m.Index, m.Index + m.Length, Inferred: media.Inferred || owner.Inferred));
        }
    }

    [GeneratedRegex(@"(?<tgt>@\d+)'s (?:[a-z][\w-]* |- ){0,4}?,? ?(?<src>@\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnedMedia();

    private static void Emit(SentenceView view, RelationPattern pattern, Match m, List<FoundRelation> into)
    {
        var frame = pattern.Frame;
        if (frame.Pairwise)
        {
            var pair = Slots(view, m.Groups["pair"]);
            for (var a = 0; a < pair.Count; a++)
                for (var b = a + 1; b < pair.Count; b++)
                    Add(view, pattern, m, pair[a], pair[b], into);
            return;
        }
        var sources = Slots(view, m.Groups["src"]);
        var targets = Slots(view, m.Groups["tgt"]);
        foreach (var s in sources)
            foreach (var t in targets)
                Add(view, pattern, m, s, t, into);
    }

    private static List<int> Slots(SentenceView view, Group g) => g.Success ? view.SlotsIn(g.Index, g.Length) : [];

    private static void Add(SentenceView view, RelationPattern pattern, Match m, int s, int t, List<FoundRelation> into)
    {
        var source = view.Slots[s];
        var target = view.Slots[t];
        if (source.Entity.Id == target.Entity.Id) return;
        // A role noun ("first emir, X", "X, spokesman of") says X is a person even when recognition typed the name a place.
        var sourceType = pattern.Frame.Rule.StartsWith("role.", StringComparison.Ordinal) && source.Entity.Type == EntityType.Location
            ? EntityType.Person : source.Entity.Type;
        if (!RelationConstraints.Allows(pattern.Relation, sourceType, target.Entity.Type)) return;
        into.Add(new FoundRelation(pattern.RuleId, pattern.Relation, source.Entity, target.Entity, m.Index, m.Index + m.Length,
            pattern.Frame.Denial, pattern.Frame.StatesAccusation, source.Inferred || target.Inferred));
    }

    /// <summary>Entity types that can be the acting side of most relations.</summary>
    public static bool IsActorType(EntityType t) => t is not (EntityType.Location or EntityType.Project or EntityType.Event or EntityType.Population);
}
