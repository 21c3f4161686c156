using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Entities.Ner;
using Nexus.Extraction.KnowledgeBase;

namespace Nexus.Extraction.Entities;

/// <summary>
/// News outlets cited as sources: one to three capitalised words before "news agency" ("the Tass news agency"), before
/// "reported" or "online reported" (", Al-Monitor reported."), or after "told" ahead of "that", a time word or the end of
/// the clause ("told Al-Monitor that …"). The words become a Media candidate; a recognizer's reading of the same words wins.
/// </summary>
public static class OutletNames
{
    private static readonly HashSet<string> AfterTold = new(StringComparer.Ordinal)
    {
        "that", "last", "on", "in", "this", "earlier", "recently", ".", ",", ";", ":",
    };

    public static void Find(NerSentence s, KnowledgeBaseIndex kb, List<EntityMention> into)
    {
        for (var h = 1; h < s.Count; h++)
        {
            var t = s.Token(h);
            if (t is "news" && h + 1 < s.Count && s.Token(h + 1) is "agency") Before(s, h, kb, into);
            else if (t is "reported") Before(s, h > 1 && s.Token(h - 1) is "online" ? h - 1 : h, kb, into);
            else if (t is "told") After(s, h + 1, into);
        }
    }

    private static void Before(NerSentence s, int head, KnowledgeBaseIndex kb, List<EntityMention> into)
    {
        if (NamePatterns.NameBefore(s, head, kb) is not { } first) return;
        Add(s, first, head, into);
    }

    private static void After(NerSentence s, int first, List<EntityMention> into)
    {
        if (first >= s.Count || s.Token(first) is not [var c, _, ..] || !char.IsUpper(c)) return;
        var text = s.Text;
        var start = s.Tokens[first].Start;
        var stop = start;
        for (var words = 0; words < 3 && stop < text.Length && char.IsUpper(text[stop]); words++)
        {
            while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] is '-' or '\'' && stop + 1 < text.Length && char.IsLetter(text[stop + 1]))) stop++;
            if (stop + 1 < text.Length && text[stop] == ' ' && char.IsUpper(text[stop + 1]) && words < 2) stop++;
            else break;
        }
        if (stop - start < 2 || text[stop - 1] == ' ') return;
        var next = text.AsSpan(stop).TrimStart(' ');
        var word = next.IsEmpty ? "." : next[..Math.Max(1, next.IndexOfAny(' ', ',', '.') is var e and > 0 ? e : next.Length)].ToString();
        if (!AfterTold.Contains(word)) return;
        into.Add(EntityMention.Of(text, start, stop, EntityType.Media, 0.5));
    }

    private static void Add(NerSentence s, int first, int end, List<EntityMention> into)
    {
        into.Add(EntityMention.Of(s.Text, s.Tokens[first].Start, s.EndOf(end - 1), EntityType.Media, 0.5));
    }
}
