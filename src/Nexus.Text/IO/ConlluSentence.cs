namespace Nexus.Text.IO;

/// <summary>
/// One sentence of a CoNLL-U file: its syntactic words (multi-word token parts included, empty nodes
/// dropped) as parallel arrays, heads 0-based with -1 for the root, and its surface tokens' extents.
/// </summary>
public sealed class ConlluSentence
{
    public required string Text { get; init; }

    public required string[] Forms { get; init; }

    public required string[] Lemmas { get; init; }

    public required string[] Upos { get; init; }

    public required string[] Xpos { get; init; }

    public required int[] Heads { get; init; }

    public required string[] Relations { get; init; }

    /// <summary>Per word: the surface token it belongs to (several words share one for "don't" = do + n't).</summary>
    public required int[] TokenOfWord { get; init; }

    /// <summary>Per surface token: its form as written and whether a space follows it.</summary>
    public required string[] TokenForms { get; init; }

    public required bool[] SpaceAfter { get; init; }

    /// <summary>True when the sentence starts a new document or paragraph (a "# newdoc" or "# newpar" line).</summary>
    public bool StartsParagraph { get; init; }

    public bool StartsDocument { get; init; }

    public int Length => Forms.Length;
}
