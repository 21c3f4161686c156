using System.Text.RegularExpressions;

namespace Nexus.Ingestion.Reading.PlainText;

/// <summary>
/// Decides, line by line, what is page furniture rather than reporting: share and audio widgets,
/// navigation ("Latest News", "More From OP-ED", "Go to Home Page »"), social buttons ("Google",
/// "Prefer NP"), related-story lists ("1. Latest 2 weeks ago"), breadcrumbs and copyright lines.
/// Rules look at the shape of a line (short, no sentence punctuation) plus a small list of the
/// words such widgets use, so they carry over to sites never seen.
/// </summary>
public static partial class FurnitureRules
{
    /// <summary>Whole-line widget and navigation labels (compared case-insensitively, trailing punctuation ignored).</summary>
    [GeneratedRegex(@"^(?:share(?: (?:this|on|via)(?: \w+)?)?|audio|audio loading voice|loading|listen(?: to (?:this )?(?:article|story))?|play|pause|" +
                    @"latest(?: news| stories| updates)?|top stories|trending(?: now| news)?|most (?:read|popular|viewed)|breaking news|" +
                    @"related(?: news| stories| articles| posts)?|recommended(?: for you)?|you may (?:also )?like|also read|read (?:more|also|next)|" +
                    @"more (?:news|stories)|advertisement|sponsored|subscribe(?: now)?|sign (?:in|up)|log ?in|newsletter|" +
                    @"follow us(?: on \w+)?|print|email|e-mail|comments?|copy link|home|go to home page|back to top|tags|topics|" +
                    @"connected dots|the trail|photo gallery|videos?|watch|menu|search|skip to (?:main )?content|close)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex WidgetLabel();

    /// <summary>Labels followed by a site or section name: "More From OP-ED", "Site Index The Asian Age".</summary>
    [GeneratedRegex(@"^(?:more from|more in|site index|also on|follow|read more on|top news in|back to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LabelWithName();

    /// <summary>Social platforms and share targets: a short line made of these is a share bar.</summary>
    [GeneratedRegex(@"\b(?:google|facebook|twitter|whatsapp|telegram|linkedin|instagram|youtube|reddit|pinterest|threads|x\.com|prefer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SocialWord();

    /// <summary>Related-story list items that carry only a rank and an age: "1. Latest 2 weeks ago", "3. 4 months ago".</summary>
    [GeneratedRegex(@"^(?:\d+[.)]\s*)?(?:latest\s+|updated\s+)?(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAge();

    /// <summary>A count and one noun on its own line, as list headers print: "8 Dots", "12 Comments".</summary>
    [GeneratedRegex(@"^\d+\s+\p{L}+$")]
    private static partial Regex CountAndNoun();

    /// <summary>Link teasers and captions with a label: "Also Read: …", "Photo: Reuters", "(With inputs from PTI)".</summary>
    [GeneratedRegex(@"^\(?(?:(?:also read|read also|read more|see also|also see|related|recommended|watch|listen|photo|image|picture|file photo|file image|representational (?:image|photo|picture)|credit|image credit|photo credit)\s*[:|–—-]|with inputs from\b|this (?:story|article|report) (?:has not been|was not|was) (?:edited|generated|auto-generated)\b|\(?(?:representational|file) (?:image|photo|picture)\)?$)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledTeaser();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b)|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    /// <summary>Headings of teaser boxes whose sentences are content but whose label is not.</summary>
    [GeneratedRegex(@"^(?:synopsis|summary|key takeaways?|key points|takeaways|highlights|story highlights|in short|at a glance|" +
                    @"frequently asked questions|faqs?|point of view|editor'?s note|explained|what we know)$", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserHeading();

    [GeneratedRegex(@"[.!?][""'”’)\]]?$")]
    private static partial Regex EndsLikeSentence();

    public static bool IsFurniture(string line)
    {
        var label = Normalise(line);
        if (label.Length == 0) return false;
        var words = TextLine.CountWords(label);
        if (WidgetLabel().IsMatch(label) || RelativeAge().IsMatch(label)) return true;
        if (words <= 8 && LabelWithName().IsMatch(label) && !EndsLikeSentence().IsMatch(line.Trim())) return true;
        if (words <= 4 && SocialWord().IsMatch(label) && !EndsLikeSentence().IsMatch(line.Trim())) return true;
        if (words <= 12 && Copyright().IsMatch(label)) return true;
        if (words <= 25 && LabelledTeaser().IsMatch(line.Trim())) return true;
        return IsBreadcrumb(line);
    }

    public static bool IsTeaserHeading(string line) => TeaserHeading().IsMatch(Normalise(line));

    /// <summary>Shapes that only appear in lists around an article, never in its prose.</summary>
    public static bool IsListDebris(string line) =>
        CountAndNoun().IsMatch(Normalise(line)) || RelativeAge().IsMatch(Normalise(line));

    /// <summary>A line of reporting: a dozen words or more with sentence punctuation.</summary>
    public static bool IsProse(string line) =>
        TextLine.CountWords(line) >= 12 && line.AsSpan().IndexOfAny(".!?;") >= 0;

    /// <summary>A short label: few words and no sentence-final punctuation (headings, names, buttons).</summary>
    public static bool IsShortLabel(string line) =>
        TextLine.CountWords(line) <= 8 && !EndsLikeSentence().IsMatch(line.Trim());

    public static bool EndsWithSentencePunctuation(string line) => EndsLikeSentence().IsMatch(line.Trim());

    /// <summary>"Home > World > Asia", "News | Politics | India": two or more separators between short items.</summary>
    private static bool IsBreadcrumb(string line)
    {
        var separators = 0;
        foreach (var c in line)
            if (c is '>' or '»' or '|' or '›') separators++;
        return separators >= 2 && TextLine.CountWords(line) <= 3 * (separators + 1) && !EndsLikeSentence().IsMatch(line.Trim());
    }

    /// <summary>Lower-case-insensitive label without decoration: "Share:" → "Share", "Go to Home Page »" → "Go to Home Page".</summary>
    private static string Normalise(string line) =>
        line.Trim().Trim(':', '.', '…', '»', '«', '›', '|', '-', '–', '—', '•', '·', ' ', '\u00A0', '>', '<').Trim();
}
