namespace Nexus.Extraction.Relations;

/// <summary>
/// Literal words a regex cannot match without, in the order it needs them: a list of steps, each a set of
/// alternatives one of which must occur after the previous step's. Read off the pattern's syntax, never
/// guessed, so <see cref="MayMatch"/> false means the regex has no match and need not run. Anything the
/// reader does not follow (options, back-references, lookarounds, classes) only adds no step.
/// </summary>
public sealed class RequiredLiterals
{
    private readonly string[][] _steps;

    private RequiredLiterals(string[][] steps) => _steps = steps;

    public IReadOnlyList<string[]> Steps => _steps;

    /// <summary>The steps of a case-sensitive .NET pattern (no RegexOptions.IgnoreCase or IgnorePatternWhitespace).</summary>
    public static RequiredLiterals Of(string pattern)
    {
        var parsed = RegexLiteralParser.Parse(pattern);
        return new RequiredLiterals(parsed is null ? [] : [.. parsed.Where(s => s.Length > 0 && !s.Contains(string.Empty))]);
    }

    /// <summary>False only when no match is possible: some step has no occurrence after the previous step's.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        var at = 0;
        foreach (var step in _steps)
        {
            var end = int.MaxValue;
            foreach (var word in step)
            {
                var i = text[at..].IndexOf(word, StringComparison.Ordinal);
                if (i >= 0 && at + i + word.Length < end) end = at + i + word.Length;
            }
            if (end == int.MaxValue) return false;
            at = end;
        }
        return true;
    }
}
