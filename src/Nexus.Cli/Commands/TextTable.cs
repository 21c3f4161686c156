namespace Nexus.Cli.Commands;

/// <summary>A plain fixed-width table for the terminal: columns as wide as their widest cell, numbers right-aligned.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params object?[] cells)
    {
        _rows.Add([.. cells.Select(Format)]);
        return this;
    }

    public void Print(TextWriter o)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var numeric = headers.Select((header, i) => _rows.Count > 0 && _rows.All(r => r[i].Length == 0 || double.TryParse(r[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))).ToArray();
        o.WriteLine(Line(headers, widths, numeric).TrimEnd());
        o.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var r in _rows) o.WriteLine(Line(r, widths, numeric).TrimEnd());
    }

    private static string Line(string[] cells, int[] widths, bool[] numeric) =>
        string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i])));

    private static string Format(object? v) => v switch
    {
        null => "",
        double d when double.IsNaN(d) => "",
        double d => d.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
