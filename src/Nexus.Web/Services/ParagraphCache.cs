using System.Collections.Concurrent;
using Nexus.Core.Text;

namespace Nexus.Web.Services;

/// <summary>
/// The paragraph around each quoted span, kept once found: article text never changes once stored,
/// so an entity page read again needs no trip to the store per claim. Bounded by entry count.
/// </summary>
public sealed class ParagraphCache(int capacity = 200_000)
{
    private readonly ConcurrentDictionary<(long Article, int Start, int End), (string Text, int Start, int End)?> _entries = new();

    public (string Text, int Start, int End)? GetOrAdd(long articleId, TextSpan span, Func<(string Text, int Start, int End)?> find)
    {
        var key = (articleId, span.Start, span.End);
        if (_entries.TryGetValue(key, out var hit)) return hit;
        if (_entries.Count >= capacity) _entries.Clear();
        var found = find();
        _entries[key] = found;
        return found;
    }
}
