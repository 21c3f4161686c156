using Nexus.Extraction.Entities;

namespace Nexus.Extraction.Linking;

/// <summary>"Long Name (LN)": an acronym in brackets right after a name defines it, when its capitals are the name's initials.</summary>
public static class Acronyms
{
    public static bool IsDefinedBy(string text, EntityMention longForm, EntityMention next)
    {
        var gap = text.AsSpan(longForm.Span.End, Math.Max(0, next.Span.Start - longForm.Span.End)).Trim();
        if (!gap.SequenceEqual("(") || next.Span.End >= text.Length || text[next.Span.End] != ')') return false;
        var acronym = next.Text;
        if (acronym.Length < 2 || acronym.Count(char.IsUpper) < 2) return false;
        var initials = longForm.Text.Split([' ', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToHashSet();
        return initials.Count > 0 && acronym.Where(char.IsUpper).Count(initials.Contains) * 2 >= acronym.Count(char.IsUpper);
    }
}
