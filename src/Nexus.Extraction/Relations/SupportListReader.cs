using System.Text.RegularExpressions;
using Nexus.Extraction.Lexicon;

namespace Nexus.Extraction.Relations;

/// <summary>
/// Reads lists of material support: "By providing safe havens, funding, and training, X has
/// bolstered Y", "X gave Y money and weapons", "Y fled to X, where it found protection and
/// patronage", "Y found sanctuary in X", "Y depends on X for arms", "Y's arms dependency on X", "Y cannot
/// sever ties with X, who remain essential for arms and funding". Each support noun of the list (Lexicon rows of kind
/// "support") gives one relation from the giver to the receiver.
/// </summary>
public sealed partial class SupportListReader
{
    private readonly (Regex Noun, Core.Claims.RelationType Type)[] _nouns;

    public SupportListReader(RelationLexicon lexicon)
    {
        _nouns = [.. lexicon.Cues.Where(c => c.Kind == CueKind.SupportNoun)
            .Select(c => (new Regex(@"\b(?:" + c.Cue + @")\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), c.Relation))];
    }

    private const string Give = @"(?:provid\w+|offer\w*|giv(?:e|es|en|ing)|gave|extend\w*|suppl(?:y|ies|ied|ying)|lend\w*|lent|grant\w*)";
    private const string Det = @"(?:(?:the|a|an|its|their) )*";

    [GeneratedRegex(@"(?:^|, )by " + Give + @" (?<list>[^@]{1,90}?) , (?:[a-z]+ ){0,3}?(?<src>@\d+)(?: [^@,;]{0,40}?)? (?<tgt>@\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex FrontedGiving();

    [GeneratedRegex(@"(?<src>@\d+) (?:[a-z]+ ){0,4}?" + Give + @" (?<list>[^@]{1,90}?) (?:to|for) " + Det + @"(?<tgt>@\d+(?:(?: ,)?(?: and| or)? @\d+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex GivingTo();

    [GeneratedRegex(@"(?<src>@\d+) (?:[a-z]+ ){0,4}?" + Give + @" (?<tgt>@\d+) (?<list>[^@.;]{1,60})", RegexOptions.CultureInvariant)]
    private static partial Regex GivingDouble();

    [GeneratedRegex(@"(?<src>@\d+) , where (?<tgt>@\d+) (?:[a-z]+ ){0,2}?(?:found|finds|enjoy\w*|got|gets|received|receives) (?<list>[^@.;]{1,90})", RegexOptions.CultureInvariant)]
    private static partial Regex FoundWhere();

    [GeneratedRegex(@"(?<tgt>@\d+) (?:[a-z]+ ){0,4}?(?:found|finds|enjoy\w*|got|gets|received|receives|sought|seeks) (?<list>[^@]{1,60}?) (?:in|from) " + Det + @"(?<src>@\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex FoundIn();

    private const string Depend = @"(?:depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying)|count(?:s|ed|ing)?|lean(?:s|ed|ing)?)";

    [GeneratedRegex(@"(?<tgt>@\d+) (?:[a-z']+ ){0,4}?" + Depend + @" (?:[a-z]+ly )?(?:up)?on " + Det + @"(?<src>@\d+) (?:[a-z]+ ){0,2}?for (?<list>[^@.;]{1,60})", RegexOptions.CultureInvariant)]
    private static partial Regex DependsOnFor();

    [GeneratedRegex(@"(?<tgt>@\d+)'s (?<list>(?:[a-z-]+ (?:and |, )?){0,4}?)(?:dependence|dependency|reliance) (?:up)?on " + Det + @"(?<src>@\d+)(?: for (?<list>[^@.;]{1,60}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DependenceOn();

    [GeneratedRegex(@"(?<tgt>@\d+) (?:[a-z']+ ){0,4}?(?:ties|links|relations|relationship) with " + Det + @"(?<src>@\d+) , (?:who|which) (?:[a-z]+ ){0,2}?(?:essential|vital|crucial|indispensable|key|critical|central|instrumental) (?:for|to) (?<list>[^@.;]{1,60})", RegexOptions.CultureInvariant)]
    private static partial Regex EssentialPartner();

    private static readonly (Regex Pattern, string Rule)[] Patterns =
    [
        (DependsOnFor(), "list.depends_on_for"), (DependenceOn(), "list.dependence_on"), (EssentialPartner(), "list.essential_partner"),
        (FrontedGiving(), "list.fronted_giving"), (GivingTo(), "list.giving_to"), (GivingDouble(), "list.giving_double_object"),
        (FoundWhere(), "list.found_where"), (FoundIn(), "list.found_in"),
    ];

    public void Find(SentenceView view, List<FoundRelation> into)
    {
        if (view.Slots.Count < 2) return;
        foreach (var (pattern, rule) in Patterns)
        {
            for (var m = pattern.Match(view.Text); m.Success; m = m.NextMatch())
            {
                var list = string.Join(" ", m.Groups["list"].Captures.Select(c => c.Value));
                var sources = view.SlotsIn(m.Groups["src"].Index, m.Groups["src"].Length);
                var targets = view.SlotsIn(m.Groups["tgt"].Index, m.Groups["tgt"].Length);
                foreach (var (noun, type) in _nouns)
                {
                    if (!noun.IsMatch(list)) continue;
                    foreach (var s in sources)
                        foreach (var t in targets)
                        {
                            var src = view.Slots[s];
                            var tgt = view.Slots[t];
                            if (src.Entity.Id == tgt.Entity.Id || !RelationConstraints.Allows(type, src.Entity.Type, tgt.Entity.Type)) continue;
                            into.Add(new FoundRelation(rule + ":" + Core.Claims.RelationTypes.ToWire(type), type, src.Entity, tgt.Entity,
                                m.Index, m.Index + m.Length, Inferred: src.Inferred || tgt.Inferred));
                        }
                }
            }
        }
    }
}
