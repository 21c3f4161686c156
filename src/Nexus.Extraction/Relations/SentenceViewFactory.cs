using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Pipeline;

namespace Nexus.Extraction.Relations;

/// <summary>
/// Builds the <see cref="SentenceView"/>s of one article in order, resolving "it", "its", "they",
/// "them", "the group" and "both countries" to recent actors (a salience heuristic: the nearest
/// actor in the clause, never the subject of the clause for an object pronoun, else the subject of
/// the sentence before). Not thread-safe: one factory per article.
/// </summary>
public sealed class SentenceViewFactory(ExtractionContext context, CountryOfDemonym? demonyms = null)
{
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        ",", ";", ":", "that", "because", "which", "who", "while", "and", "but", "so", "as", "when", "where", "if", "although", "though", "since", "(",
    };

    private static readonly string[] GroupNouns = ["the same group", "the same outfit", "the same organisation", "the same organization", "the entire group", "the whole group", "the group", "the outfit", "the terror outfit", "the terror group", "this terror group", "the organisation", "the organization", "the militant group", "the militants"];

    /// <summary>Words that can follow a name without making it the subject of a verb ("ISKP and", "ISKP in").</summary>
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "and", "or", "nor", "of", "in", "on", "at", "for", "from", "to", "with", "by", "as", "but", "which", "who", "whom", "whose", "that",
        "the", "a", "an", "into", "inside", "within", "across", "between", "among", "against", "over", "under", "through", "near", "per",
        "province", "district", "region", "leadership", "officials", "official", "agencies", "forces", "nexus", "network", "networks",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "for", "during", "since", "after", "before", "within", "over", "despite", "unlike", "with", "from", "through", "under", "by",
    };

    private List<SentenceSlot> _previous = [];
    private readonly List<List<SentenceSlot>> _history = [];
    private List<(TextSpan Span, Entity Entity)> _upcoming = [];
    private string? _firstWord;
    private List<int> _previousSubjects = [];
    private List<int> _subjects = [];

    public SentenceView Next(TextSpan sentence)
    {
        var text = context.Article.Text;
        var builder = new SentenceView.Builder(sentence, text);
        var current = new List<SentenceSlot>();
        var mentions = context.MentionsWithin(sentence).ToList();
        _upcoming = mentions;
        _firstWord = null;
        var lastUnit = string.Empty;
        var clauseStartSlot = 0;
        _subjects = [];
        var m = 0;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            while (m < mentions.Count && mentions[m].Span.Start < i) m++;
            if (m < mentions.Count && mentions[m].Span.Start == i && !IsClausePronoun(text, mentions[m].Span))
            {
                var (span, entity) = mentions[m];
                var end = span.End;
                var possessive = EndsPossessive(text, span) || IsPossessiveAt(text, end, sentence.End) || IsPossessivePronoun(text, span);
                if (IsPossessiveAt(text, end, sentence.End)) end += 2;
                var slotSpan = EndsPossessive(text, span) ? new TextSpan(span.Start, span.End - 2) : span;
                builder.AddSlot(entity, slotSpan, possessive, false);
                current.Add(new SentenceSlot(entity, slotSpan, false));
                lastUnit = "@";
                i = end;
                continue;
            }
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                if (c == '(' && SkipsBracketedAlias(text, i, sentence.End, current, mentions, m) is int after) { i = after; continue; }
                builder.AddMark(i);
                lastUnit = c.ToString();
                if (c is ',' or ';' or ':') clauseStartSlot = current.Count;
                i++;
                continue;
            }
            var j = i + 1;
            while (j < sentence.End && (char.IsLetterOrDigit(text[j]) || (text[j] is '\'' or '’' && j + 1 < sentence.End && char.IsLetter(text[j + 1])))) j++;
            var word = text.Substring(i, j - i).ToLowerInvariant().Replace('’', '\'');
            _firstWord ??= word;
            if (TryResolve(builder, current, text, i, ref j, word, lastUnit, clauseStartSlot)) { lastUnit = "@"; i = j; continue; }
            if (char.IsUpper(text[i]) && DemonymOfListedState(text, i, j, sentence.End) is { } state)
            {
                builder.AddSlot(state, new TextSpan(i, j), false, false);
                current.Add(new SentenceSlot(state, new TextSpan(i, j), false));
                lastUnit = "@";
                i = j;
                continue;
            }
            builder.AddWord(i, j);
            if (lastUnit == "@" && current.Count > 0 && !NotVerbs.Contains(word) && !_subjects.Contains(current.Count - 1))
                _subjects.Add(current.Count - 1);
            if (ClauseOpeners.Contains(word)) clauseStartSlot = current.Count;
            lastUnit = word;
            i = j;
        }
        if (current.Count > 0)
        {
            _previous = current;
            _previousSubjects = _subjects;
            _history.Insert(0, current);
            if (_history.Count > 6) _history.RemoveAt(_history.Count - 1);
        }
        _subjects = [];
        return builder.Build();
    }

    /// <summary>"Long Name (LN)": a bracketed alias of the slot just before adds nothing to a pattern; returns where to go on.</summary>
    private static int? SkipsBracketedAlias(string text, int open, int limit, List<SentenceSlot> current, List<(TextSpan Span, Entity Entity)> mentions, int m)
    {
        if (current.Count == 0 || m >= mentions.Count) return null;
        var (span, entity) = mentions[m];
        if (entity.Id != current[^1].Entity.Id || text.AsSpan(open + 1, Math.Max(0, span.Start - open - 1)).Trim().Length != 0) return null;
        var close = span.End;
        while (close < limit && text[close] == ' ') close++;
        return close < limit && text[close] == ')' ? close + 1 : null;
    }

    private bool TryResolve(SentenceView.Builder builder, List<SentenceSlot> current, string text, int start, ref int end, string word, string lastUnit, int clauseStartSlot)
    {
        var subjectPosition = lastUnit.Length == 0 || ClauseOpeners.Contains(lastUnit);
        var wordEnd = end;
        if (word.Length > 4 && word[^1] == 's' && char.IsLower(text[start]) && (lastUnit == "the" || Prepositions.Contains(lastUnit) || lastUnit is "to" or "against" or "among" or "between" or "and")
            && Descriptors().GetValueOrDefault(word[..^1]) is { } described)
        {
            // "the gangsters" after "the gangster network": the plural of a descriptor's modifier names the same actor.
            Add(builder, current, described, new TextSpan(start, end), false);
            return true;
        }
        if (word is "its" or "their" && current.Count == 0 && _firstWord is not null && Prepositions.Contains(_firstWord)
            && _upcoming.FirstOrDefault(u => u.Span.Start > wordEnd && IsActor(u.Entity)).Entity is { } ahead)
        {
            // "In its early years, ISKP made …": a possessive in an opening phrase looks ahead to the subject.
            Add(builder, current, ahead, new TextSpan(start, end), true);
            return true;
        }
        if (word is "it" or "its" or "they" or "them")
        {
            var objectPosition = !subjectPosition && word is not "its" || word == "its" && !subjectPosition && lastUnit != "@";
            var antecedent = Antecedent(current, objectPosition ? clauseStartSlot : -1);
            if (antecedent is null) return false;
            Add(builder, current, antecedent, new TextSpan(start, end), word == "its");
            return true;
        }
        if (word is "the" or "this" or "both")
        {
            foreach (var phrase in GroupNouns)
            {
                if (!Matches(text, start, phrase)) continue;
                // "Tehran denies arming the group": a group is not a state, and as an object not its own clause's subject.
                // An armed, criminal or political group before an agency or a company ("the group's unit" after "X attacked a university").
                var antecedent = Antecedent(current, subjectPosition ? -1 : clauseStartSlot, IsNonStateGroup)
                    ?? Antecedent(current, subjectPosition ? -1 : clauseStartSlot, IsGroup);
                if (antecedent is null) return false;
                end = start + phrase.Length;
                var possessive = IsPossessiveAt(text, end, text.Length);
                if (possessive) end += 2;
                Add(builder, current, antecedent, new TextSpan(start, end), possessive);
                return true;
            }
            foreach (var phrase in (string[])["both countries", "the two countries", "both nations", "the two nations"])
            {
                if (!Matches(text, start, phrase)) continue;
                var pair = current.Concat(_previous.Where(s => s.Span.Start < start || !current.Contains(s))).Reverse()
                    .Where(s => s.Entity.Type == EntityType.Government).Select(s => s.Entity).DistinctBy(e => e.Id).Take(2).ToList();
                if (pair.Count < 2) return false;
                end = start + phrase.Length;
                var span = new TextSpan(start, end);
                Add(builder, current, pair[1], span, false);
                builder.AddLiteral("and", span);
                Add(builder, current, pair[0], span, false);
                return true;
            }
            if (word is "the" or "both" && TwoSides(text, start) is int length)
            {
                var pair = TwoActors(current, text[(start + (word == "both" ? 4 : 7))..(start + length)].Trim());
                if (pair is null) return false;
                end = start + length;
                var span = new TextSpan(start, end);
                Add(builder, current, pair.Value.First, span, false);
                builder.AddLiteral("and", span);
                Add(builder, current, pair.Value.Second, span, false);
                return true;
            }
        }
        return false;
    }

    private Dictionary<string, Entity?>? _descriptors;

    /// <summary>The first word of each lower-case descriptor alias ("gangster" of "gangster network") and its actor; null when two actors share it.</summary>
    private Dictionary<string, Entity?> Descriptors()
    {
        if (_descriptors is not null) return _descriptors;
        _descriptors = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (var e in context.Entities)
        {
            if (!IsActor(e)) continue;
            foreach (var alias in e.Aliases.Append(e.Name))
            {
                var space = alias.IndexOf(' ', StringComparison.Ordinal);
                if (space < 4 || !char.IsLower(alias[0])) continue;
                var head = alias[..space];
                _descriptors[head] = _descriptors.TryGetValue(head, out var other) && other is not null && other.Id != e.Id ? null : e;
            }
        }
        return _descriptors;
    }

    private static readonly string[] SideNouns = ["sides", "wings", "groups", "factions", "organisations", "organizations", "outfits", "networks", "camps", "allies", "rivals", "movements", "parties"];

    /// <summary>The length of "the two sides", "both wings", or "the two" standing alone ("a nexus between the two."), else null.</summary>
    private static int? TwoSides(string text, int start)
    {
        var lead = Matches(text, start, "the two") ? "the two".Length : Matches(text, start, "both") ? "both".Length : -1;
        if (lead < 0) return null;
        var at = start + lead;
        while (at < text.Length && text[at] == ' ') at++;
        foreach (var noun in SideNouns)
            if (Matches(text, at, noun)) return at + noun.Length - start;
        // "the two" alone: followed by punctuation or a clause word, not by a noun it would modify.
        if (lead == "the two".Length && (at >= text.Length || !char.IsLetter(text[at]) || Matches(text, at, "of them") is false && IsClauseWord(text, at))) return lead;
        return null;
    }

    private static bool IsClauseWord(string text, int at)
    {
        foreach (var w in (string[])["and", "is", "are", "was", "were", "has", "have", "had", "in", "since", "for", "which", "that", "who"])
            if (Matches(text, at, w)) return true;
        return false;
    }

    /// <summary>
    /// The two actors "the two sides" means: the subject of the sentence before and the latest other actor; else the
    /// two latest distinct actors. Actors this sentence makes subjects of a verb ("officials have stated that … the two")
    /// are the speakers, not the two.
    /// </summary>
    private (Entity First, Entity Second)? TwoActors(List<SentenceSlot> current, string noun)
    {
        var candidates = new List<Entity>();
        for (var k = current.Count - 1; k >= 0; k--)
            if (!_subjects.Contains(k) && IsActor(current[k].Entity)) candidates.Add(current[k].Entity);
        foreach (var sentence in _history)
            for (var k = sentence.Count - 1; k >= 0; k--)
                if (IsActor(sentence[k].Entity)) candidates.Add(sentence[k].Entity);
        candidates = [.. candidates.DistinctBy(e => e.Id)];
        // "the two groups", "both wings": not states; "both networks": the two whose names say network, when two do.
        if (noun is not ("" or "sides" or "camps" or "allies" or "rivals" or "parties")) candidates.RemoveAll(e => e.Type == EntityType.Government);
        if (noun.Length > 3)
        {
            var stem = noun.TrimEnd('s');
            var named = candidates.Where(e => e.Aliases.Append(e.Name).Any(a => a.Contains(stem, StringComparison.OrdinalIgnoreCase))).ToList();
            if (named.Count >= 2) candidates = named;
        }
        var subject = _previousSubjects.Where(k => k < _previous.Count && IsActor(_previous[k].Entity)).Select(k => _previous[k].Entity).FirstOrDefault();
        if (subject is not null && candidates.Exists(e => e.Id == subject.Id) && candidates.FirstOrDefault(e => e.Id != subject.Id) is { } other)
            return (subject, other);
        return candidates.Count >= 2 ? (candidates[0], candidates[1]) : null;
    }

    /// <summary>
    /// "Indian, Canadian, and UK agencies": a demonym coordinated before a state noun stands for its state, when
    /// the article names that state; so does a plural demonym ("Indians"). Recognition reads "Indian agencies"; the shared head of a list is read here.
    /// </summary>
    private Entity? DemonymOfListedState(string text, int start, int end, int limit)
    {
        if (demonyms is null) return null;
        var word = text[start..end];
        // "recruiting Indians": a plural demonym names the people of the state.
        var people = word.Length > 4 && word[^1] == 's' && demonyms(word[..^1]) is not null;
        // "Malian troops", "Afghan soldiers": the state's army when the article names it ("the Malian Army"), else the state.
        var troops = !people && SharesStateHead(text, end, limit, TroopHeads);
        // "an Israeli airstrike", "Russian drones": the state's weapons are the state's.
        var weapons = !people && !troops && SharesStateHead(text, end, limit, WeaponHeads);
        if (!people && !troops && !weapons && !SharesStateHead(text, end, limit, Entities.GroupLexicon.StateHeads)) return null;
        if ((people ? demonyms(word[..^1]) : demonyms(word)) is not { } country) return null;
        if (troops && ArmyOf(country.Name, word) is { } army) return army;
        foreach (var e in context.Entities)
            if (e.Type == EntityType.Government && (e.KnowledgeBaseId == country.Id || e.Name == country.Name)) return e;
        return null;
    }

    /// <summary>Whether the words from <paramref name="at"/> continue a list of names ("and", commas, capitalised words) ending in a state noun ("agencies").</summary>
    private static readonly HashSet<string> TroopHeads = new(StringComparer.Ordinal)
    {
        "troops", "soldiers", "forces", "army", "jets", "warplanes", "commandos", "paratroopers", "artillery", "gunships",
    };

    private static readonly HashSet<string> WeaponHeads = new(StringComparer.Ordinal)
    {
        "airstrike", "airstrikes", "strike", "strikes", "drones", "missiles", "rockets", "shelling", "bombardment", "bombing", "bombings", "raid", "raids",
    };

    private static readonly string[] ArmyWords = ["Army", "Armed Forces", "Military", "Defence Forces", "Defense Forces"];

    /// <summary>The article's army of a state: a state agency named with the state or its demonym and an army word ("Malian Army").</summary>
    private Entity? ArmyOf(string country, string demonym)
    {
        foreach (var e in context.Entities)
            if (e.Type == EntityType.StateAgency && ArmyWords.Any(w => e.Name.Contains(w, StringComparison.Ordinal))
                && (e.Name.StartsWith(demonym + " ", StringComparison.Ordinal) || e.Name.StartsWith(country + " ", StringComparison.Ordinal)))
                return e;
        return null;
    }

    private static bool SharesStateHead(string text, int at, int limit, HashSet<string> heads)
    {
        for (var steps = 0; steps < 12 && at < limit; steps++)
        {
            while (at < limit && text[at] == ' ') at++;
            if (at >= limit) return false;
            if (text[at] == ',') { at++; continue; }
            var end = at;
            while (end < limit && (char.IsLetter(text[end]) || text[end] is '-' or '.')) end++;
            if (end == at) return false;
            var word = text[at..end];
            if (!(word is "and" or "or" || char.IsUpper(word[0]))) return heads.Contains(word);
            at = end;
        }
        return false;
    }

    private static void Add(SentenceView.Builder builder, List<SentenceSlot> current, Entity entity, TextSpan span, bool possessive)
    {
        builder.AddSlot(entity, span, possessive, true);
        current.Add(new SentenceSlot(entity, span, true));
    }

    /// <summary>The nearest actor before the pronoun in this sentence (skipping the clause subject for an object pronoun), else the subject of the sentence before.</summary>
    private Entity? Antecedent(List<SentenceSlot> current, int excludeClauseSubjectAt, Func<Entity, bool>? fits = null)
    {
        fits ??= IsActor;
        if (excludeClauseSubjectAt < 0)
        {
            // A subject pronoun continues the latest subject: the first actor of this sentence's clauses that a verb follows.
            for (var k = _subjects.Count - 1; k >= 0; k--)
                if (_subjects[k] < current.Count && fits(current[_subjects[k]].Entity)) return current[_subjects[k]].Entity;
        }
        for (var k = current.Count - 1; k >= 0; k--)
        {
            if (k == excludeClauseSubjectAt) continue;
            if (fits(current[k].Entity)) return current[k].Entity;
        }
        foreach (var k in _previousSubjects)
            if (k < _previous.Count && fits(_previous[k].Entity)) return _previous[k].Entity;
        return _previous.FirstOrDefault(s => fits(s.Entity))?.Entity;
    }

    private static bool IsGroup(Entity e) => IsActor(e) && e.Type is not (EntityType.Government or EntityType.Media);

    private static bool IsNonStateGroup(Entity e) => e.Type is EntityType.MilitantGroup or EntityType.CriminalGroup or EntityType.PoliticalGroup;

    public static bool IsActor(Entity e) => e.Type is EntityType.MilitantGroup or EntityType.CriminalGroup or EntityType.StateAgency
        or EntityType.PoliticalGroup or EntityType.Organization or EntityType.Media or EntityType.Government;

    private static bool Matches(string text, int start, string phrase) =>
        start + phrase.Length <= text.Length
        && text.AsSpan(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
        && (start + phrase.Length == text.Length || !char.IsLetter(text[start + phrase.Length]));

    /// <summary>
    /// "it", "its", "they", "them" linked upstream: resolved again here, where the clause is known ("X attacked
    /// its camps" is not X's own camps), so a recognizer's coreference does not bind an object pronoun to its own subject.
    /// </summary>
    private static bool IsClausePronoun(string text, TextSpan span) =>
        span.Length <= 5 && text.AsSpan(span.Start, span.Length).ToString().ToLowerInvariant() is "it" or "its" or "they" or "them";

    private static bool IsPossessivePronoun(string text, TextSpan span) =>
        span.Length <= 5 && text.AsSpan(span.Start, span.Length).ToString().ToLowerInvariant() is "its" or "his" or "her" or "their";

    private static bool EndsPossessive(string text, TextSpan span) =>
        span.Length > 2 && text[span.End - 1] is 's' && text[span.End - 2] is '\'' or '’';

    private static bool IsPossessiveAt(string text, int at, int limit) =>
        at + 1 < limit && text[at] is '\'' or '’' && text[at + 1] == 's' && (at + 2 >= limit || !char.IsLetter(text[at + 2]));
}
