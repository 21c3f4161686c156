using System.Collections.Immutable;
using System.Globalization;
using Nexus.Core.Text;

namespace Nexus.Store.Sqlite;

/// <summary>An article's content spans stored compactly as "0-120;140-900".</summary>
internal static class ContentSpans
{
    public static string Format(ImmutableArray<TextSpan> spans) =>
        string.Join(';', spans.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}")));

    public static ImmutableArray<TextSpan> Parse(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var dash = p.IndexOf('-');
            return new TextSpan(int.Parse(p[..dash], CultureInfo.InvariantCulture), int.Parse(p[(dash + 1)..], CultureInfo.InvariantCulture));
        })];
}
