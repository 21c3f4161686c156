using System.Text;

namespace Nexus.Ingestion.Reading;

/// <summary>
/// Decodes article bytes: a BOM picks UTF-8 or UTF-16; otherwise strict UTF-8, falling back to
/// Windows-1252 (what most non-UTF-8 English-language news pages are) when the bytes are not valid
/// UTF-8. Binary data is refused rather than decoded into noise.
/// </summary>
public static class TextDecoder
{
    /// <summary>Above this share of control characters the input is data, not prose.</summary>
    private const double MaxControlShare = 0.05;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out DecodedText decoded, out string error)
    {
        (decoded, error) = (new DecodedText(string.Empty, string.Empty), string.Empty);
        if (bytes.IsEmpty) return Fail("empty file", out error);
        string text, name;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            (text, name) = (Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            (text, name) = (Encoding.Unicode.GetString(bytes[2..]), "utf-16LE");
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            (text, name) = (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16BE");
        else if (bytes.Contains((byte)0))
            return Fail("binary file (contains NUL bytes), not an article", out error);
        else
            (text, name) = DecodeWithoutBom(bytes);
        if (string.IsNullOrWhiteSpace(text)) return Fail("empty file (only white space)", out error);
        if (ControlShare(text) > MaxControlShare) return Fail("binary file (mostly control characters), not an article", out error);
        decoded = new DecodedText(text, name);
        return true;
    }

    private static (string Text, string Name) DecodeWithoutBom(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.Value.GetString(bytes), "windows-1252");
        }
    }

    private static double ControlShare(string text)
    {
        var sample = text.Length > 65536 ? text.AsSpan(0, 65536) : text.AsSpan();
        var control = 0;
        foreach (var c in sample)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        return (double)control / sample.Length;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
