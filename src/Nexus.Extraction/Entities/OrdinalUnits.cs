using System.Text.RegularExpressions;
using Nexus.Core.Entities;
using Nexus.Core.Text;
using Nexus.Extraction.Linking;

namespace Nexus.Extraction.Entities;

/// <summary>
/// "the 33rd Front", "the 5th Brigade", "101st Airborne Division": an ordinal before up to three capitalised words that
/// end in a unit head is part of the unit's name. The whole run replaces the mentions inside it ("Front" alone); its
/// type comes from the head ("… Front", "… Brigade" an armed group), else it is a state's unit ("… Division").
/// </summary>
public static partial class OrdinalUnits
{
    [GeneratedRegex(@"\b\d{1,3}(?:st|nd|rd|th) (?:[A-Z][\p{L}'’-]+ ){0,3}(?:Front|Brigades?|Division|Battalion|Regiment|Corps|Army|Fleet|Squadron|Wing|Command|Bloc|Column|Group)\b(?! [A-Z])")]
    private static partial Regex Unit();

    public static void Apply(string text, List<EntityMention> mentions)
    {
        foreach (Match match in Unit().Matches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (mentions.Any(m => m.Span.Start < span.End && span.Start < m.Span.End && (m.Span.Start < span.Start || m.Span.End > span.End))) continue;
            var inside = mentions.Where(m => m.Span.Start >= span.Start && m.Span.End <= span.End).ToList();
            var type = TypeCues.Cue(match.Value) is { } t and not EntityType.Location ? t : EntityType.StateAgency;
            foreach (var m in inside) mentions.Remove(m);
            mentions.Add(new EntityMention(span, match.Value, type, 0.65));
        }
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
