namespace Nexus.Ingestion.Reading.PlainText;

/// <summary>
/// One line of an article's text: [Start, End) excludes the line break, and <see cref="Value"/> is
/// the line with surrounding white space (including no-break spaces) trimmed.
/// </summary>
public sealed record TextLine(int Number, int Start, int End, string Value)
{
    public bool IsBlank => Value.Length == 0;

    /// <summary>Offset of the first non-space character: where the trimmed value begins in the text.</summary>
    public int TrimmedStart { get; init; }

    public int TrimmedEnd => TrimmedStart + Value.Length;

    /// <summary>Splits text into lines on \n, \r\n or \r, keeping offsets into the original text.</summary>
    public static IReadOnlyList<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(Create(text, lines.Count + 1, start, i));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        return lines;
    }

    private static TextLine Create(string text, int number, int start, int end)
    {
        var s = start;
        var e = end;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextLine(number, start, end, text[s..e]) { TrimmedStart = s };
    }

    public int WordCount => CountWords(Value);

    public static int CountWords(string value)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in value)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
