namespace Nexus.Extraction.Lexicon;

/// <summary>Regular English inflection for lexicon entries: enough for "support/supports/supported/supporting" and "crack down".</summary>
public static class Inflector
{
    /// <summary>base, third person singular, past, past participle, gerund. Multi-word verbs inflect their first word.</summary>
    public static string[] VerbForms(string cue)
    {
        var parts = cue.Split('|');
        if (parts.Length == 5) return parts;
        if (parts.Length == 4) return [parts[0], parts[1], parts[2], parts[2], parts[3]];
        var space = cue.IndexOf(' ');
        var head = space < 0 ? cue : cue[..space];
        var rest = space < 0 ? string.Empty : cue[space..];
        string third, past, gerund;
        if (head.EndsWith('e') && !head.EndsWith("ee", StringComparison.Ordinal))
        {
            third = head + "s"; past = head + "d"; gerund = head[..^1] + "ing";
        }
        else if (head.Length > 2 && head.EndsWith('y') && !"aeiou".Contains(head[^2]))
        {
            third = head[..^1] + "ies"; past = head[..^1] + "ied"; gerund = head + "ing";
        }
        else if (head.EndsWith('s') || head.EndsWith("sh", StringComparison.Ordinal) || head.EndsWith("ch", StringComparison.Ordinal) || head.EndsWith('x') || head.EndsWith('z'))
        {
            third = head + "es"; past = head + "ed"; gerund = head + "ing";
        }
        else
        {
            third = head + "s"; past = head + "ed"; gerund = head + "ing";
        }
        return [cue, third + rest, past + rest, past + rest, gerund + rest];
    }

    /// <summary>singular and plural.</summary>
    public static string[] NounForms(string cue)
    {
        var parts = cue.Split('|');
        if (parts.Length == 2) return parts;
        if (cue.EndsWith('s') || cue.EndsWith("ing", StringComparison.Ordinal)) return [cue];
        if (cue.EndsWith('y') && cue.Length > 2 && !"aeiou".Contains(cue[^2])) return [cue, cue[..^1] + "ies"];
        if (cue.EndsWith("sh", StringComparison.Ordinal) || cue.EndsWith("ch", StringComparison.Ordinal) || cue.EndsWith('x')) return [cue, cue + "es"];
        return [cue, cue + "s"];
    }
}
