using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Nexus.Core.Text;

namespace Nexus.Core.Articles;

/// <summary>
/// An article as read: its whole text, the metadata found in or around it, and the spans of that
/// text that are the article's content. Page furniture ("Share", "Latest News") lies outside
/// <see cref="Content"/>, so no extractor sees it, yet every offset still refers to <see cref="Text"/>.
/// </summary>
public sealed record Article(ArticleMetadata Metadata, string Text, ImmutableArray<TextSpan> Content)
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 text: the identity used to skip exact re-ingests.</summary>
    public string Sha256 { get; } = HashOf(Text);

    public static Article FromPlainText(string text, ArticleMetadata? metadata = null) =>
        new(metadata ?? new ArticleMetadata(), text, [new TextSpan(0, text.Length)]);

    public static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
