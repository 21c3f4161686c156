namespace Nexus.Extraction.Lexicon;

/// <summary>How a lexicon cue is written: a verb or noun to inflect, a role noun, or a ready regular expression.</summary>
public enum CueKind
{
    Verb,
    VerbPattern,
    Noun,
    Role,
    RolePattern,

    /// <summary>A noun of material support, read from lists: "providing safe havens, funding and training to X".</summary>
    SupportNoun,
}
