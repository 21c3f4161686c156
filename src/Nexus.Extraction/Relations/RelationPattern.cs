using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Extraction.Lexicon;

namespace Nexus.Extraction.Relations;

/// <summary>
/// One cue in one frame, compiled: the regex over a <see cref="SentenceView"/>, the relation it gives,
/// and the literal words without which it cannot match (checked first, so most patterns never run).
/// </summary>
public sealed class RelationPattern
{
    // Compiling a regex costs far more than running it: every extractor instance shares one per pattern text.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Compiled> Cache = new(StringComparer.Ordinal);

    private readonly Lazy<Compiled> _compiled;

    private sealed record Compiled(Regex Regex, RequiredLiterals Literals);

    public RelationPattern(RelationCue cue, FrameTemplate frame)
    {
        Cue = cue;
        Frame = frame;
        Source = FrameMacros.Expand(frame.Template, cue);
        // Interpreted, not Compiled: hundreds of cue-frame patterns exist and compiling each on first use costs
        // far more than matching; the literal trigger check keeps matching cheap.
        _compiled = new Lazy<Compiled>(() => Cache.GetOrAdd(Source, static s =>
            new Compiled(new Regex(s, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), RequiredLiterals.Of(s))));
    }

    public RelationCue Cue { get; }

    public FrameTemplate Frame { get; }

    public RelationType Relation => Cue.Relation;

    /// <summary>The rule id used for confidence: frame rule plus relation ("verb.passive:sponsors").</summary>
    public string RuleId => Frame.Rule + ":" + Cue.Relation.ToWire();

    public string Source { get; }

    public Regex Regex => _compiled.Value.Regex;

    /// <summary>The words the regex needs, in order (most runs of a pattern fail; this check is far cheaper than the run).</summary>
    public RequiredLiterals Literals => _compiled.Value.Literals;

    public bool MayMatch(string sentence)
    {
        if (Cue.Triggers.Count == 0) return Literals.MayMatch(sentence);
        foreach (var t in Cue.Triggers)
            if (sentence.Contains(t, StringComparison.Ordinal)) return Literals.MayMatch(sentence);
        return false;
    }
}
