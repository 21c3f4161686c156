namespace Nexus.Extraction.Lexicon;

/// <summary>Expands the macros of relation-frames.tsv into .NET regex syntax for one cue.</summary>
public static class FrameMacros
{
    private const string Slot = @"@\d+";
    // A list joins slots with "and"/"or" (commas only before a final "and": "A , B , and C"), or with hyphens ("A - B - C").
    private const string Item = Slot + @"(?: (?:-|/) " + Slot + ")*";
    private const string List = @"(?:both )?" + Item + @"(?:(?: , (?:the )?" + Item + @")*(?: ,)? (?:and|or|as well as|&) (?:the |both |other )?" + Item + ")?";
    private const string CompoundHead = @"(?:based|led|backed|linked|affiliated|allied|aligned|sponsored|funded|trained|run|inspired|controlled|dominated|supported|owned|origin)\b";
    private const string Compound = @"(?:@\d+ - " + CompoundHead + " )?";
    private const string NotModifier = @"(?! - " + CompoundHead + ")";
    private const string Word = @"(?:[a-z0-9][\w'-]*|-)";

    private const string Asset = @"(?:[a-z-]+ ){0,2}?(?:buildings?|establishments?|property|properties|offices?|premises|homes?|houses?|shops?|businesses|camps?|bases?|positions?|posts?|checkpoints?|convoys?|vehicles?|facilit(?:y|ies)|installations?|hideouts?|headquarters|members?|leaders?|cadres?|fighters?|workers?|supporters?|temples?|mosques?|churches|gurdwaras?|rallies|strongholds?|villages?|towns?|settlements?)";

    private static readonly (string Macro, string Regex)[] Fixed =
    [
        ("{OWNED}", @"(?:(?:the|a|an|its|their|his|her|several|some|many|other) )*" + Asset + @"(?: (?:and|or) (?:(?:the|its|their) )?" + Asset + @")? (?:belonging to|owned by|run by|used by|linked to|associated with|of|near|in|at|outside) "),
        ("{ASSET}", Asset),
        ("{SRC}", "(?<src>" + List + ")"),
        // A target is never the modifier of a compound ("the Pakistan-based LeT": LeT is); that modifier may precede it.
        ("{TGTCHAIN}", Compound + "(?<tgt>" + List + "(?: (?:in|of|,) (?:the )?" + List + ")*)" + NotModifier),
        ("{TGT}", Compound + "(?<tgt>" + List + ")" + NotModifier),
        ("{PAIR}", "(?<pair>" + List + ")"),
        ("{DET}", @"(?:(?:the|a|an|its|their|his|her|both|all|other|several|such|these|those|this|that|various|multiple|some|many|any|certain) )*"),
        ("{MOD}", "(?:" + Word + " ){0,4}?"),
        ("{GAP3}", "(?:" + Word + " ){0,3}?"),
        ("{GAP}", "(?:" + Word + " ){0,6}?"),
        ("{AUX}", @"(?>(?:(?:has|have|had|do|does|did|is|are|was|were|been|being|be|will|would|can|could|may|might|must|shall|should|also|long|not|never|now|still|even|already|further|once|then|thus|again|since|always|openly|covertly|(?!supply|apply|rally|ally)[a-z]+ly|(?!(?:link|tie|affiliat|align|connect|attach)\w*(?:ed|ing) to)[a-z]+(?:ing|ed) to|to|able to|appears? to|seems? to|accused of|suspected of|convicted of|charged with|resum(?:e|es|ed|ing)|continu(?:e|es|ed|ing)|kept|keeps) )*)"),
        // "X , which", "X who", and an apposition between subject and verb: "X , a leader of Y , had …", "X , Y's foreign arm , shipped …".
        // A dash aside holds no actor: "X - shot dead by police - had pledged allegiance to Y".
        ("{REL}", @"(?:, (?:which|who|that) |(?:which|who|that) |, (?:an?|the|its|their|@\d+'s) (?:[a-z][\w-]* ){1,4}(?:of (?:the )?@\d+ (?:[a-z][\w-]* )?)?, |- (?:[a-z][\w']* ){1,6}- )?"),
        ("{RELSAY}", @"(?:,? (?:which|who|that) (?:@\d+ (?:claims|claimed|says|said|alleges|alleged|believes|believed|insists|maintains) (?:that )?)?)?"),
        ("{BE}", @"(?:is|are|was|were|been|being|be) "),
    ];

    public static string Expand(string template, RelationCue cue)
    {
        var s = template;
        foreach (var (macro, regex) in Fixed) s = s.Replace(macro, regex, StringComparison.Ordinal);
        s = s.Replace("{VEN}", cue.Participle, StringComparison.Ordinal)
             .Replace("{VING}", cue.Gerund, StringComparison.Ordinal)
             .Replace("{V}", cue.AnyForm, StringComparison.Ordinal)
             .Replace("{N}", cue.AnyForm, StringComparison.Ordinal);
        // A trailing "?" in the prep column makes the preposition optional ("fight against X", "fight X").
        var optional = cue.Prepositions.Contains("?");
        var words = cue.Prepositions.Where(p => p != "?").ToList();
        var preps = words.Count == 0 ? string.Empty : "(?:(?:" + string.Join("|", words) + ") )" + (optional ? "?" : string.Empty);
        return s.Replace("{P}", preps, StringComparison.Ordinal);
    }
}
