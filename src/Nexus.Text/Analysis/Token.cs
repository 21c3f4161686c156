namespace Nexus.Text.Analysis;

/// <summary>A token: a half-open range of UTF-16 indices into the analysed text. A struct, so token arrays cost one allocation.</summary>
public readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public override string ToString() => $"{Start}-{End}";
}
