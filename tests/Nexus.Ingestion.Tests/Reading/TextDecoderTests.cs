using System.Text;
using Nexus.Ingestion.Reading;

namespace Nexus.Ingestion.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Sample = "Pakistan’s ISI — “a state within a state”, café";

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Decodes_unicode_encodings_and_drops_the_bom(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)],
            "utf-8" => Encoding.UTF8.GetBytes(Sample),
            "utf-16LE" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)],
            _ => (byte[])[0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)],
        };

        Assert.True(TextDecoder.TryDecode(bytes, out var decoded, out var error), error);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(encoding.Replace("-bom", "", StringComparison.Ordinal), decoded.EncodingName);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        // “café” in Windows-1252: curly quotes 0x93/0x94 and é 0xE9 are not valid UTF-8.
        byte[] bytes = [0x93, (byte)'c', (byte)'a', (byte)'f', 0xE9, 0x94, (byte)' ', 0x96, (byte)' ', (byte)'x'];

        Assert.True(TextDecoder.TryDecode(bytes, out var decoded, out _));
        Assert.Equal("“café” – x", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 32, 10, 9, 13, 10, 32 }, "only white space")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x14, 0x00 }, "NUL bytes")]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 65, 66, 67, 8, 14, 15, 16, 17, 18 }, "control characters")]
    public void Refuses_empty_and_binary_input(byte[] bytes, string reason)
    {
        Assert.False(TextDecoder.TryDecode(bytes, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_text_with_a_bom_is_not_mistaken_for_binary()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ISKP\n")]; // every other byte is NUL

        Assert.True(TextDecoder.TryDecode(bytes, out var decoded, out _));
        Assert.Equal("ISKP\n", decoded.Text);
    }
}
