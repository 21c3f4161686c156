using System.Globalization;
using System.Text;

namespace Nexus.Cli.Bench;

/// <summary>
/// Deterministic made-up news articles about fictional armed groups, agencies and places, for load
/// tests and benchmarks: realistic in length and sentence shape, so the whole pipeline does real work.
/// </summary>
public sealed class SyntheticArticles(int seed = 42)
{
    private static readonly string[] Groups =
    [
        "Northern Liberation Front", "Crimson Valley Brigade", "People's Resistance Army", "Eastern Mountain Movement",
        "Harbour Syndicate", "Sword of the Plains", "Coastal Defence Committee", "Southern Tribal Council", "Iron River Gang",
        "Desert Hawks Battalion", "Union of Free Provinces", "Red Delta Cartel",
    ];

    private static readonly string[] Agencies =
    [
        "Directorate of Special Affairs", "Ministry of Internal Security", "Central Intelligence Office", "Federal Border Guard",
        "National Investigation Bureau",
    ];

    private static readonly string[] Places = ["Arbeland", "Velmora", "Karst Province", "Port Sanlo", "Miren District", "Ostavia", "Tarn Valley"];

    private static readonly string[] Templates =
    [
        "The {A} has been funding the {B} for years, according to officials in {P}.",
        "Officials said the {A} supplied weapons to the {B} operating in {P}.",
        "The {B} claimed responsibility for the attack on a police post in {P} on Monday, killing {N} people.",
        "The {A} strongly denies supporting the {B}, a charge repeated by analysts.",
        "Fighters of the {B} reportedly clashed with the {A} near {P} last week.",
        "A spokesperson of the {B} said the group would continue its campaign in {P}.",
        "The {A} and the {B} signed an agreement in {P} in March {Y}.",
        "Analysts believe the {A} trains recruits for the {B} in camps across {P}.",
        "The {B} split from the {A} in {Y} after a dispute over leadership.",
        "Security forces arrested {N} members of the {B} in a raid in {P}.",
        "Residents of {P} described the situation as tense but calm.",
        "The rivalry between the {A} and the {B} has intensified since {Y}.",
    ];

    private readonly Random _random = new(seed);

    /// <summary>Article number <paramref name="index"/>: a title line, a date line and several paragraphs.</summary>
    public string Article(int index)
    {
        var sb = new StringBuilder(4096);
        var day = new DateOnly(2020, 1, 1).AddDays(index % 2000);
        sb.Append(CultureInfo.InvariantCulture, $"Report {index}: {Pick(Groups)} under pressure in {Pick(Places)}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Published: {day:dd MMMM yyyy}\n\n");
        var paragraphs = 4 + _random.Next(5);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = 3 + _random.Next(4);
            for (var s = 0; s < sentences; s++)
            {
                sb.Append(Fill(Pick(Templates), index)).Append(' ');
            }
            sb.Append("\n\n");
        }
        return sb.ToString();
    }

    /// <summary>Writes <paramref name="count"/> articles as .txt files into a folder.</summary>
    public void WriteTo(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"article-{i:D6}.txt")), Article(i));
    }

    private string Fill(string template, int index)
    {
        var a = _random.Next(2) == 0 ? Pick(Agencies) : Pick(Groups);
        var b = Pick(Groups);
        return template.Replace("{A}", a, StringComparison.Ordinal).Replace("{B}", b, StringComparison.Ordinal)
            .Replace("{P}", Pick(Places), StringComparison.Ordinal)
            .Replace("{N}", (2 + _random.Next(40)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Y}", (2010 + (index + _random.Next(10)) % 15).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
