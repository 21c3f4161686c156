using System.Globalization;
using System.Text.RegularExpressions;
using Nexus.Core.Events;
using Nexus.Core.Text;
using Nexus.Core.Time;
using Nexus.Extraction.Pipeline;

namespace Nexus.Extraction.Events;

/// <summary>
/// The baseline event reader: a sentence with an event cue ("attack", "agreement", "arrested") and an
/// explicit "Month YYYY" or year is one event, placed at the first Location mention in it.
/// </summary>
public sealed partial class CueEventExtractor : IEventExtractor
{
    private static readonly (Regex Cue, EventType Type)[] Cues =
    [
        (new Regex(@"\b(attack\w*|struck|blasts?|bombing|shooting)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.Attack),
        (new Regex(@"\b(agreement|accord|deal|pact)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.Agreement),
        (new Regex(@"\b(arrest\w*|detain\w*|extradit\w*)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.Arrest),
        (new Regex(@"\b(establish\w*|founded|formed)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), EventType.Founding),
    ];

    [GeneratedRegex(@"\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    public IReadOnlyList<Event> Extract(ExtractionContext context)
    {
        var events = new List<Event>();
        var text = context.Article.Text;
        foreach (var sentence in context.Analysis.Sentences)
        {
            var span = new TextSpan(sentence.Start, sentence.End);
            var sentenceText = span.Slice(text);
            var date = MonthYear().Match(sentenceText);
            if (!date.Success) continue;
            foreach (var (cue, type) in Cues)
            {
                if (!cue.IsMatch(sentenceText)) continue;
                var year = int.Parse(date.Groups[2].Value, CultureInfo.InvariantCulture);
                int? month = date.Groups[1].Success ? DateTime.ParseExact(date.Groups[1].Value, "MMMM", CultureInfo.InvariantCulture).Month : null;
                var mentions = context.MentionsWithin(span).ToList();
                var place = mentions.FirstOrDefault(m => m.Entity.Type == Core.Entities.EntityType.Location).Entity?.Id;
                var actors = mentions.Where(m => m.Entity.Type != Core.Entities.EntityType.Location).Select(m => m.Entity.Id).Distinct().ToArray();
                events.Add(new Event($"v{events.Count + 1}", type, new PartialDate(year, month), place, [.. actors], Evidence.Of(text, span)));
                break;
            }
        }
        return events;
    }
}
