using Nexus.Core.Claims;
using Nexus.Text.Analysis;

namespace Nexus.Extraction.Relations.Syntax;

/// <summary>
/// Reads relations off the dependency parse, where the surface patterns are too narrow for unseen prose:
/// a cue verb with its subject and object ("JNIM has been fighting ISSP"), the passive and its "by" agent,
/// participles and relative clauses ("militants trained by X", "a group which funds Y"), coordination
/// (one relation per conjunct), and cue nouns with their possessor or the subject of a light verb
/// ("X's war against Y", "X carried out an airstrike against Y"). Works on the same
/// <see cref="SentenceView"/> as the patterns, so speaker, polarity and time are decided the same way.
/// </summary>
public sealed class DependencyRelationReader(SyntaxTriggers triggers)
{
    private static readonly HashSet<string> LightVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "carry", "launch", "conduct", "wage", "mount", "stage", "step", "intensify", "escalate", "declare", "continue", "begin",
        "start", "lead", "provide", "give", "offer", "extend", "lend", "send", "deliver", "supply", "receive", "get", "obtain",
    };

    /// <summary>Light verbs whose subject receives rather than gives ("X received weapons from Y").</summary>
    private static readonly HashSet<string> Receiving = new(StringComparer.OrdinalIgnoreCase) { "receive", "get", "obtain" };

    private static readonly HashSet<string> RelativePronouns = new(StringComparer.OrdinalIgnoreCase) { "which", "who", "that", "whom" };

    /// <summary>Where an attack happened names its target place: "struck in X", "the attack on tourists in X".</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "near", "at", "inside", "outside" };

    // Bound once: a method group converted per token would allocate a delegate per token.
    private readonly SyntaxLookup _verbs = triggers.Verb, _nouns = triggers.Noun, _roles = triggers.Role;

    public static DependencyRelationReader Default { get; } = new(SyntaxTriggers.Default);

    public void Find(AnalyzedText analysis, Sentence sentence, SentenceView view, List<FoundRelation> found)
    {
        if (view.Slots.Count < 2) return;
        var tree = SentenceTree.Of(analysis, sentence, view);
        if (tree is null) return;
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.SlotOf(i) >= 0)
            {
                ReadRoles(tree, view, i, found);
                continue; // a cue inside a name ("Liberation Army") states nothing
            }
            switch (tree.Upos(i))
            {
                case "VERB": ReadVerb(tree, view, i, Cues(tree, i, _verbs), found); break;
                case "NOUN": ReadNoun(tree, view, i, Cues(tree, i, _nouns), found); break;
            }
        }
    }

    /// <summary>
    /// A name with a role of another: in apposition ("Zabihullah Mujahid, the Taliban's chief spokesman") or as the
    /// subject of a copula ("X is the leader of Y", "X is part of Y"). "A proxy of Y" and "a front for Y" turn round: Y sponsors X.
    /// </summary>
    private void ReadRoles(SentenceTree tree, SentenceView view, int name, List<FoundRelation> found)
    {
        foreach (var role in tree.Children(name, "appos")) ReadRole(tree, view, name, role, "dep.role_apposition", found);
        // "X is the leader of Y": the role noun heads the clause and X is its subject.
        var head = tree.Head(name);
        if (head >= 0 && tree.Relation(name) == "nsubj" && tree.Children(head, "cop").Any()) ReadRole(tree, view, name, head, "dep.role_copula", found);
        ReadBasedIn(tree, view, name, found);
    }

    private void ReadRole(SentenceTree tree, SentenceView view, int name, int role, string rule, List<FoundRelation> found)
    {
        if (tree.Upos(role) != "NOUN" || tree.SlotOf(role) >= 0) return;
        var word = tree.Lemma(role).ToLowerInvariant(); // once per apposition or copula, not per token
        // A possessive pronoun ("its suicide unit") is left alone: which actor it means is too often the name beside it.
        var owners = tree.Children(role, "nmod").Where(c => (tree.Relation(c) == "nmod:poss" || tree.CaseOf(c) is "of" or "for")
            && !(tree.SlotOf(c) >= 0 && view.Slots[tree.SlotOf(c)].Inferred)).ToList();
        if (word is "proxy" or "puppet" or "front" or "client")
        {
            Emit(tree, view, rule + "_proxy", RelationType.Sponsors, owners, [name], role, found);
            return;
        }
        if (word == "part")
        {
            Emit(tree, view, rule, RelationType.MemberOf, [name], owners, role, found);
            return;
        }
        foreach (var cue in Cues(tree, role, _roles))
            Emit(tree, view, rule, cue.Relation, [name], owners, role, found);
    }

    /// <summary>"the Pakistan-based Lashkar-e-Taiba", "a Karachi-based gang": the group operates in the place.</summary>
    private static void ReadBasedIn(SentenceTree tree, SentenceView view, int name, List<FoundRelation> found)
    {
        foreach (var based in tree.Children(name, "amod").Where(c => tree.Lemma(c).Equals("base", StringComparison.OrdinalIgnoreCase)
            || tree.Text(c).Equals("based", StringComparison.OrdinalIgnoreCase)))
        {
            var places = tree.Children(based).Where(c => tree.SlotOf(c) >= 0 || tree.Relation(c) is "compound" or "obl" or "nmod").ToList();
            Emit(tree, view, "dep.based_in", RelationType.OperatesIn, [name], places, based, found);
        }
    }

    /// <summary>Lemma first, then the word itself: the lemmatizer misses some irregular forms ("fought").</summary>
    private static IReadOnlyList<SyntaxTrigger> Cues(SentenceTree tree, int i, SyntaxLookup lookup)
    {
        var byLemma = lookup(tree.Lemma(i));
        return byLemma.Count > 0 ? byLemma : lookup(tree.Text(i));
    }

    private delegate IReadOnlyList<SyntaxTrigger> SyntaxLookup(ReadOnlySpan<char> form);

    private static void ReadVerb(SentenceTree tree, SentenceView view, int verb, IReadOnlyList<SyntaxTrigger> cues, List<FoundRelation> found)
    {
        if (cues.Count == 0) return;
        var passive = tree.Children(verb, "nsubj:pass").Any() || tree.Children(verb, "aux:pass").Any()
            || (tree.Relation(verb) == "acl" && tree.Xpos(verb) == "VBN" && !tree.Children(verb, "nsubj").Any());
        foreach (var cue in cues)
        {
            if (passive)
            {
                if (!cue.DirectObject) continue;
                var agents = tree.Children(verb, "obl").Where(c => tree.CaseOf(c) == "by").ToList();
                var patients = tree.Children(verb, "nsubj:pass").ToList();
                if (patients.Count == 0 && tree.Relation(verb) == "acl" && tree.Head(verb) >= 0) patients.Add(tree.Head(verb));
                Emit(tree, view, "dep.verb_passive", cue.Relation, agents, patients, verb, found);
            }
            else
            {
                var targets = new List<int>();
                if (cue.DirectObject)
                    foreach (var o in tree.Children(verb, "obj"))
                        // "the Front, which X finances": the relative pronoun stands for the noun the clause modifies.
                        targets.Add(RelativePronouns.Contains(tree.Lemma(o)) && tree.Relation(verb) == "acl:relcl" && tree.Head(verb) >= 0 ? tree.Head(verb) : o);
                targets.AddRange(tree.Children(verb, "obl").Where(c => tree.CaseOf(c) is { } p && (cue.TakesPreposition(p) || AttackPlace(cue, p))));
                var agents = Agents(tree, verb, 0);
                Emit(tree, view, "dep.verb", cue.Relation, agents, targets, verb, found);
                if (cue.Relation.IsSymmetric()) EmitPairs(tree, view, cue.Relation, agents, verb, found);
            }
        }
    }

    private static void ReadNoun(SentenceTree tree, SentenceView view, int noun, IReadOnlyList<SyntaxTrigger> cues, List<FoundRelation> found)
    {
        if (cues.Count == 0) return;
        var agents = tree.Children(noun, "nmod").Where(c => tree.Relation(c) == "nmod:poss" || tree.CaseOf(c) == "by")
            .Concat(tree.Children(noun, "compound")).ToList();
        var head = tree.Head(noun);
        var light = head >= 0 && tree.Relation(noun) == "obj" && LightVerbs.Contains(tree.Lemma(head));
        var receiving = light && Receiving.Contains(tree.Lemma(head));
        foreach (var cue in cues)
        {
            var targets = tree.Children(noun, "nmod").Where(c => tree.CaseOf(c) is { } p && (cue.TakesPreposition(p) || AttackPlace(cue, p))).ToList();
            if (light)
            {
                // The parser often hangs the target on the verb: "carried out an airstrike [against X]", "provided support [to X]".
                targets.AddRange(tree.Children(head, "obl").Where(c => tree.CaseOf(c) is { } p && cue.TakesPreposition(p)));
                targets.AddRange(tree.Children(head, "iobj"));
            }
            if (receiving)
            {
                // "X received weapons from Y": Y gives, X gets.
                var givers = tree.Children(noun, "nmod").Concat(tree.Children(head, "obl")).Where(c => tree.CaseOf(c) == "from").ToList();
                Emit(tree, view, "dep.noun_received", cue.Relation, givers, Agents(tree, head, 0), noun, found);
                continue;
            }
            var sources = agents.Count > 0 ? agents : light ? Agents(tree, head, 0) : [];
            Emit(tree, view, light ? "dep.noun_light_verb" : "dep.noun", cue.Relation, sources, targets, noun, found);
        }
    }

    private static bool AttackPlace(SyntaxTrigger cue, string preposition) => cue.Relation == RelationType.Attacks && PlacePrepositions.Contains(preposition);

    /// <summary>Who does what a verb says: its subject, or the subject it shares (conjoined and xcomp verbs), or the noun a participle or relative clause modifies.</summary>
    private static List<int> Agents(SentenceTree tree, int verb, int depth)
    {
        var subjects = tree.Children(verb, "nsubj").Where(c => tree.Relation(c) == "nsubj").ToList();
        var head = tree.Head(verb);
        var relation = tree.Relation(verb);
        if (subjects.Count == 1 && RelativePronouns.Contains(tree.Lemma(subjects[0])) && relation.StartsWith("acl", StringComparison.Ordinal) && head >= 0)
            return [head];
        if (subjects.Count > 0 || head < 0 || depth > 2) return subjects;
        // "X is believed to advise Y": the raised passive subject of the head does what the xcomp says.
        if (relation == "xcomp" && tree.Children(head, "nsubj:pass").ToList() is { Count: > 0 } raised) return raised;
        // "X ordered Y to attack Z", and the misparse "X said [Y] attacked Z": an object of the head before the verb does it, not X.
        if (relation == "xcomp" && tree.Children(head, "obj").Where(o => o > head && o < verb).ToList() is { Count: > 0 } controllers) return controllers;
        if (relation is "conj" or "xcomp") return Agents(tree, head, depth + 1);
        if (relation.StartsWith("acl", StringComparison.Ordinal)) return [head];
        return subjects;
    }

    /// <summary>"X and Y fought a brief war", "X and Y have long cooperated": a symmetric cue between coordinated subjects.</summary>
    private static void EmitPairs(SentenceTree tree, SentenceView view, RelationType type, List<int> subjects, int cue, List<FoundRelation> found)
    {
        var slots = Slots(tree, subjects, place: false).Order().ToList();
        for (var a = 0; a < slots.Count; a++)
            for (var b = a + 1; b < slots.Count; b++)
                EmitOne(tree, view, "dep.verb_coordinated_subjects", type, slots[a], slots[b], cue, found);
    }

    /// <summary>One relation from every slot the sources name to every slot the targets name.</summary>
    private static void Emit(SentenceTree tree, SentenceView view, string rule, RelationType type, List<int> sources, List<int> targets, int cue, List<FoundRelation> found)
    {
        if (sources.Count == 0 || targets.Count == 0) return;
        var place = type is RelationType.Attacks or RelationType.Targets or RelationType.OperatesIn;
        var targetSlots = Slots(tree, targets, place);
        foreach (var s in Slots(tree, sources, place: false))
            foreach (var t in targetSlots)
                EmitOne(tree, view, rule, type, s, t, cue, found);
    }

    /// <summary>Adds the relation between two slots when the types allow it; its span runs from the first to the last of source, target and cue.</summary>
    private static void EmitOne(SentenceTree tree, SentenceView view, string rule, RelationType type, int s, int t, int cue, List<FoundRelation> found)
    {
        var source = view.Slots[s].Entity;
        var target = view.Slots[t].Entity;
        if (source.Id == target.Id || !RelationConstraints.Allows(type, source.Type, target.Type)) return;
        int ps = view.PositionOf(s), pt = view.PositionOf(t), pc = view.PositionAt(tree.Token(cue).Start);
        if (ps < 0 || pt < 0 || pc < 0) return;
        var start = Math.Min(ps, Math.Min(pt, pc));
        var last = Math.Max(ps, Math.Max(pt, pc));
        var end = view.Text.IndexOf(' ', last);
        found.Add(new FoundRelation(rule, type, source, target, start, end < 0 ? view.Text.Length : end));
    }

    /// <summary>
    /// The entity slots an argument names: its own, those of its conjuncts ("Benin and Togo"), and those of a name
    /// it is built on ("fighters of ISKP", "an army post near Djibo" where a place may be the target).
    /// </summary>
    private static HashSet<int> Slots(SentenceTree tree, List<int> arguments, bool place)
    {
        var slots = new HashSet<int>();
        var stack = new Stack<int>(arguments);
        while (stack.Count > 0)
        {
            var a = stack.Pop();
            if (tree.SlotOf(a) >= 0) slots.Add(tree.SlotOf(a));
            else
                foreach (var c in tree.Children(a))
                {
                    if (tree.SlotOf(c) < 0) continue;
                    var r = tree.Relation(c);
                    // "Somali troops", "Hezbollah commanders": the name a group of people is described by.
                    var ok = r is "appos" or "compound" or "flat" or "amod" || (r.StartsWith("nmod", StringComparison.Ordinal) && r != "nmod:poss" &&
                        (tree.CaseOf(c) == "of" || (place && tree.CaseOf(c) is "in" or "near" or "at" or "on" or "outside" or "inside")));
                    if (ok) slots.Add(tree.SlotOf(c));
                }
            foreach (var c in tree.Children(a, "conj")) stack.Push(c);
        }
        return slots;
    }
}
