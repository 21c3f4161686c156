using System.Text.RegularExpressions;
using Nexus.Core.Claims;
using Nexus.Core.Text;
using Nexus.Extraction.Pipeline;

namespace Nexus.Extraction.Relations;

/// <summary>
/// The baseline relation reader: within a sentence, a cue word between two entity mentions gives the
/// relation from the first to the second ("ISI's support to ISKP", "ISKP … rivalry with the Taliban").
/// Hedge and denial words in the sentence set the polarity. Low confidence: it knows no syntax.
/// </summary>
public sealed partial class CueRelationExtractor : IRelationExtractor
{
    private static readonly (Regex Cue, RelationType Type)[] Cues =
    [
        (Cue(@"\b(support(s|ed|ing)?|back(s|ed|ing)?|backing|patron\w*|proxy)\b"), RelationType.Sponsors),
        (Cue(@"\bfund(s|ed|ing)?\b"), RelationType.Funds),
        (Cue(@"\b(arms|weapons)\b"), RelationType.Arms),
        (Cue(@"\btrain(s|ed|ing)?\b"), RelationType.Trains),
        (Cue(@"\b(safe havens?|shelter\w*)\b"), RelationType.Shelters),
        (Cue(@"\b(nexus|cooperation|alliance|partnership|coordination)\b"), RelationType.AlliedWith),
        (Cue(@"\b(rivalry|rival|wedge)\b"), RelationType.RivalOf),
        (Cue(@"\b(fight\w*|war on|against)\b"), RelationType.Fights),
        (Cue(@"\b(attack\w*|struck|strike)\b"), RelationType.Attacks),
        (Cue(@"\brecruit\w*\b"), RelationType.RecruitsFrom),
        (Cue(@"\b(affiliate|member|spokesperson|wing) of\b"), RelationType.MemberOf),
        (Cue(@"\b(emir|chairman|chief|leader|head) of\b"), RelationType.Leads),
        (Cue(@"\boperat\w+ (out of|in|from)\b"), RelationType.OperatesIn),
    ];

    [GeneratedRegex(@"\b(den(y|ies|ied)|deflect\w*|reject\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(reportedly|allegedly|claims?|suspected|may|might|believed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    private static Regex Cue(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public IReadOnlyList<Claim> Extract(ExtractionContext context)
    {
        var claims = new List<Claim>();
        var text = context.Article.Text;
        foreach (var sentence in context.Analysis.Sentences)
        {
            var sentenceSpan = new TextSpan(sentence.Start, sentence.End);
            var mentions = context.MentionsWithin(sentenceSpan).ToList();
            for (var i = 0; i + 1 < mentions.Count; i++)
            {
                var (a, ea) = mentions[i];
                var (b, eb) = mentions[i + 1];
                if (ea.Id == eb.Id || b.Start - a.End > 80) continue;
                var between = text.AsSpan(a.End, b.Start - a.End).ToString();
                foreach (var (cue, type) in Cues)
                {
                    if (!cue.IsMatch(between)) continue;
                    var sentenceText = sentenceSpan.Slice(text);
                    var polarity = Denial().IsMatch(sentenceText) ? Core.Claims.Polarity.Denied : Hedge().IsMatch(sentenceText) ? Core.Claims.Polarity.Hedged : Core.Claims.Polarity.Asserted;
                    claims.Add(new Claim(ea.Id, type, eb.Id, polarity, null, null, null, 0.3, Evidence.Of(text, sentenceSpan)));
                    break;
                }
            }
        }
        return claims;
    }
}
