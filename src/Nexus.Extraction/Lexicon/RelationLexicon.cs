using System.Text.RegularExpressions;
using Nexus.Core.Claims;

namespace Nexus.Extraction.Lexicon;

/// <summary>The relation cues and frames of Lexicon/relation-cues.tsv and Lexicon/relation-frames.tsv.</summary>
public sealed class RelationLexicon
{
    public RelationLexicon(IReadOnlyList<RelationCue> cues, IReadOnlyDictionary<string, FrameTemplate> frames)
    {
        Cues = cues;
        Frames = frames;
    }

    public IReadOnlyList<RelationCue> Cues { get; }

    public IReadOnlyDictionary<string, FrameTemplate> Frames { get; }

    public static RelationLexicon Default { get; } = Parse(LexiconResource.ReadText("relation-cues.tsv"), LexiconResource.ReadText("relation-frames.tsv"));

    public static RelationLexicon Parse(string cuesTsv, string framesTsv)
    {
        var frames = new Dictionary<string, FrameTemplate>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.Rows(framesTsv))
        {
            if (row.Length != 4) throw new FormatException($"relation frame row needs 4 columns: {string.Join(" | ", row)}");
            var flags = row[2].Split(',', StringSplitOptions.RemoveEmptyEntries);
            frames[row[0]] = new FrameTemplate(row[0], row[1], flags.Contains("deny"), flags.Contains("accusation"), flags.Contains("pairwise"), row[3]);
        }
        var cues = new List<RelationCue>();
        foreach (var row in LexiconResource.Rows(cuesTsv))
        {
            if (row.Length != 6) throw new FormatException($"relation cue row needs 6 columns: {string.Join(" | ", row)}");
            var kind = row[1] switch
            {
                "verb" => CueKind.Verb, "vrx" => CueKind.VerbPattern, "noun" => CueKind.Noun, "role" => CueKind.Role, "rolerx" => CueKind.RolePattern, "support" => CueKind.SupportNoun,
                _ => throw new FormatException($"unknown cue kind '{row[1]}'"),
            };
            var relation = RelationTypes.Parse(row[2]);
            var preps = row[3] == "-" ? [] : row[3].Split('|');
            var frameNames = row[4] == "-" ? [] : row[4].Split(',');
            foreach (var f in frameNames)
                if (!frames.ContainsKey(f)) throw new FormatException($"cue '{row[0]}' names unknown frame '{f}'");
            cues.Add(Build(row[0], kind, relation, preps, frameNames, row[5]));
        }
        return new RelationLexicon(cues, frames);
    }

    private static RelationCue Build(string cue, CueKind kind, RelationType relation, string[] preps, string[] frames, string source)
    {
        switch (kind)
        {
            case CueKind.Verb:
                var f = Inflector.VerbForms(cue);
                return new RelationCue(f[0], kind, relation, Alternation(f), Alternation([f[3]]), Alternation([f[4]]), preps, frames, f.Distinct().ToArray(), source);
            case CueKind.Noun:
            case CueKind.Role:
                var n = Inflector.NounForms(cue);
                return new RelationCue(n[0], kind, relation, Alternation(n), Alternation(n), Alternation(n), preps, frames, n, source);
            default:
                var triggers = LiteralPrefixes(cue);
                return new RelationCue(cue, kind, relation, "(?:" + cue + ")", "(?:" + cue + ")", "(?:" + cue + ")", preps, frames, triggers, source);
        }
    }

    private static string Alternation(IEnumerable<string> forms) =>
        "(?:" + string.Join("|", forms.Distinct().OrderByDescending(s => s.Length).Select(Regex.Escape)) + ")";

    /// <summary>The literal start of each top-level alternative of a pattern, for a quick "could it match?" test; empty when one has none.</summary>
    private static string[] LiteralPrefixes(string pattern)
    {
        var alternatives = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= pattern.Length; i++)
        {
            if (i < pattern.Length && pattern[i] == '(') depth++;
            else if (i < pattern.Length && pattern[i] == ')') depth--;
            else if (i == pattern.Length || pattern[i] == '|' && depth == 0)
            {
                alternatives.Add(pattern[start..i]);
                start = i + 1;
            }
        }
        var prefixes = new List<string>();
        foreach (var alt in alternatives)
        {
            var end = alt.IndexOfAny(['(', '[', '?', '*', '+', '\\', '.', '{', '|', ')']);
            var prefix = end < 0 ? alt : alt[..end];
            if (end >= 0 && end < alt.Length && alt[end] is '?' or '*' or '{' && prefix.Length > 0) prefix = prefix[..^1];
            if (prefix.Length < 3) return [];
            prefixes.Add(prefix);
        }
        return [.. prefixes];
    }
}
