namespace Nexus.Core.Text;

/// <summary>The exact words that state a fact: a span of the article and the text it covers.</summary>
public sealed record Evidence(TextSpan Span, string Text)
{
    public static Evidence Of(string articleText, TextSpan span) => new(span, span.Slice(articleText));
}
