using Nexus.Core.Claims;
using Nexus.Extraction.Lexicon;

namespace Nexus.Extraction.Relations.Syntax;

/// <summary>
/// The single-word verb and noun cues of the relation lexicon (relation-cues.tsv) plus syntax-cues.tsv, by lemma:
/// what <see cref="DependencyRelationReader"/> looks for on the dependency parse. Multi-word cues stay with the patterns.
/// </summary>
public sealed class SyntaxTriggers
{
    private readonly Dictionary<string, List<SyntaxTrigger>> _verbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<SyntaxTrigger>> _nouns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<SyntaxTrigger>> _roles = new(StringComparer.OrdinalIgnoreCase);

    public static SyntaxTriggers Default { get; } = Build(RelationLexicon.Default, LexiconResource.ReadText("syntax-cues.tsv"));

    public static SyntaxTriggers Build(RelationLexicon lexicon, string extraTsv)
    {
        var triggers = new SyntaxTriggers();
        foreach (var cue in lexicon.Cues)
        {
            var lemma = cue.Cue.Split('|')[0];
            if (lemma.Contains(' ', StringComparison.Ordinal) || lemma.Contains('(', StringComparison.Ordinal)) continue;
            // A verb or noun cue's Triggers are its inflected forms.
            if (cue.Kind == CueKind.Verb) triggers.AddForms(triggers._verbs, cue.Triggers, cue.Relation, cue.Prepositions);
            else if (cue.Kind == CueKind.Noun) triggers.AddForms(triggers._nouns, cue.Triggers, cue.Relation, cue.Prepositions);
            else if (cue.Kind == CueKind.Role) triggers.AddForms(triggers._roles, cue.Triggers, cue.Relation, ["of"]);
        }
        foreach (var row in LexiconResource.Rows(extraTsv))
        {
            if (row.Length < 4) continue;
            var relation = RelationTypes.Parse(row[2]);
            var (into, forms) = row[1] switch
            {
                "noun" => (triggers._nouns, Inflector.NounForms(row[0])),
                "role" => (triggers._roles, Inflector.NounForms(row[0])),
                _ => (triggers._verbs, Inflector.VerbForms(row[0])),
            };
            triggers.AddForms(into, forms, relation, row[1] == "role" ? ["of"] : row[3].Split('|'));
        }
        return triggers;
    }

    /// <summary>
    /// Every inflected form is a key as well as the lemma: the lemmatizer misses some irregular forms ("fought"),
    /// so a word is looked up by its lemma and then by its own form (case-insensitively).
    /// </summary>
    private void AddForms(Dictionary<string, List<SyntaxTrigger>> into, IEnumerable<string> forms, RelationType relation, IReadOnlyList<string> prepositions)
    {
        foreach (var form in forms.Distinct(StringComparer.Ordinal)) Add(into, form, relation, prepositions);
    }

    /// <summary>The cues of a verb, by lemma or inflected form, in any case; looked up from the characters, so no string per token.</summary>
    public IReadOnlyList<SyntaxTrigger> Verb(ReadOnlySpan<char> form) => Find(_verbs, form);

    public IReadOnlyList<SyntaxTrigger> Noun(ReadOnlySpan<char> form) => Find(_nouns, form);

    /// <summary>Role nouns ("spokesman", "leader", "wing"): what "X, the Y's role" says X is to Y.</summary>
    public IReadOnlyList<SyntaxTrigger> Role(ReadOnlySpan<char> form) => Find(_roles, form);

    private static IReadOnlyList<SyntaxTrigger> Find(Dictionary<string, List<SyntaxTrigger>> forms, ReadOnlySpan<char> form) =>
        forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var t) ? t : [];

    private void Add(Dictionary<string, List<SyntaxTrigger>> into, string lemma, RelationType relation, IReadOnlyList<string> prepositions)
    {
        // The lexicon parser drops "-" (no preposition), so an empty list means a direct object too.
        var direct = prepositions.Count == 0 || prepositions.Any(p => p is "-" or "?" or "");
        var preps = prepositions.Where(p => p is not ("-" or "?" or "")).ToArray();
        if (!into.TryGetValue(lemma, out var list)) into[lemma] = list = [];
        if (!list.Any(t => t.Relation == relation && t.DirectObject == direct && t.Prepositions.SequenceEqual(preps)))
            list.Add(new SyntaxTrigger(relation, direct, preps));
    }
}
