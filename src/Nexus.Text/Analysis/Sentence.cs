namespace Nexus.Text.Analysis;

/// <summary>A sentence as a run of tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) of an <see cref="AnalyzedText"/>.</summary>
public readonly record struct Sentence(int FirstToken, int EndToken, int Start, int End)
{
    public int TokenCount => EndToken - FirstToken;
}
