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
public sealed class SentenceViewFactory(ExtractionContext context)
{
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        ",", ";", ":", "that", "because", "which", "who", "while", "and", "but", "so", "as", "when", "where", "if", "although", "though", "since", "(",
    };

    private static readonly string[] GroupNouns = ["the group", "the outfit", "the terror outfit", "the terror group", "this terror group", "the organisation", "the organization", "the militant group", "the militants"];

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
            if (m < mentions.Count && mentions[m].Span.Start == i)
            {
                var (span, entity) = mentions[m];
                var end = span.End;
                var possessive = EndsPossessive(text, span) || IsPossessiveAt(text, end, sentence.End);
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
            builder.AddWord(i, j);
            if (lastUnit == "@" && current.Count > 0 && !NotVerbs.Contains(word) && !_subjects.Contains(current.Count - 1))
                _subjects.Add(current.Count - 1);
            if (ClauseOpeners.Contains(word)) clauseStartSlot = current.Count;
            lastUnit = word;
            i = j;
        }
        if (current.Count > 0) { _previous = current; _previousSubjects = _subjects; }
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
                var antecedent = Antecedent(current, -1);
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
        }
        return false;
    }

    private static void Add(SentenceView.Builder builder, List<SentenceSlot> current, Entity entity, TextSpan span, bool possessive)
    {
        builder.AddSlot(entity, span, possessive, true);
        current.Add(new SentenceSlot(entity, span, true));
    }

    /// <summary>The nearest actor before the pronoun in this sentence (skipping the clause subject for an object pronoun), else the subject of the sentence before.</summary>
    private Entity? Antecedent(List<SentenceSlot> current, int excludeClauseSubjectAt)
    {
        if (excludeClauseSubjectAt < 0)
        {
            // A subject pronoun continues the latest subject: the first actor of this sentence's clauses that a verb follows.
            for (var k = _subjects.Count - 1; k >= 0; k--)
                if (_subjects[k] < current.Count && IsActor(current[_subjects[k]].Entity)) return current[_subjects[k]].Entity;
        }
        for (var k = current.Count - 1; k >= 0; k--)
        {
            if (k == excludeClauseSubjectAt) continue;
            if (IsActor(current[k].Entity)) return current[k].Entity;
        }
        foreach (var k in _previousSubjects)
            if (k < _previous.Count && IsActor(_previous[k].Entity)) return _previous[k].Entity;
        return _previous.FirstOrDefault(s => IsActor(s.Entity))?.Entity;
    }

    public static bool IsActor(Entity e) => e.Type is EntityType.MilitantGroup or EntityType.CriminalGroup or EntityType.StateAgency
        or EntityType.PoliticalGroup or EntityType.Organization or EntityType.Media or EntityType.Government;

    private static bool Matches(string text, int start, string phrase) =>
        start + phrase.Length <= text.Length
        && text.AsSpan(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
        && (start + phrase.Length == text.Length || !char.IsLetter(text[start + phrase.Length]));

    private static bool EndsPossessive(string text, TextSpan span) =>
        span.Length > 2 && text[span.End - 1] is 's' && text[span.End - 2] is '\'' or '’';

    private static bool IsPossessiveAt(string text, int at, int limit) =>
        at + 1 < limit && text[at] is '\'' or '’' && text[at + 1] == 's' && (at + 2 >= limit || !char.IsLetter(text[at + 2]));
}
