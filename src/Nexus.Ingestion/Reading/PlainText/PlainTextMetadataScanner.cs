namespace Nexus.Ingestion.Reading.PlainText;

/// <summary>
/// Finds metadata lines (and metadata prefixes of the first prose line) in a plain-text article,
/// marks them <see cref="LineRole.Metadata"/> and records what they say.
/// </summary>
internal static class PlainTextMetadataScanner
{
    /// <summary>Bylines, date lines and "Outlet 2 Jul 2026" are short; longer lines are never whole metadata lines.</summary>
    private const int MaxMetadataWords = 12;

    public static void Scan(IReadOnlyList<TextLine> lines, LineRole[] roles, int[] contentStarts, MetadataFindings found)
    {
        var proseSeen = false; // datelines open the first paragraph: "Paris, May 3" deeper in a story is prose
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (roles[i] == LineRole.Blank) continue;
            if (MetadataLineRules.TryOutletFooter(line.Value, out var footerOutlet))
            {
                found.OfferOutlet(footerOutlet, MetadataFindings.RankFooter);
                if (roles[i] == LineRole.Content) roles[i] = LineRole.Furniture;
                continue;
            }
            if (roles[i] != LineRole.Content) continue;
            if (MetadataLineRules.TryLabelledDate(line.Value, out var date, out var isUpdate, out var consumed))
                found.OfferPublished(date, isUpdate ? MetadataFindings.RankUpdated : MetadataFindings.RankLabelled);
            else if (ScanWholeLine(lines, roles, i, found))
                continue;
            if (!proseSeen && MetadataLineRules.TryDateline(line.Value[consumed..], out var place, out var datelineLength))
            {
                found.Dateline ??= place;
                consumed += datelineLength;
            }
            proseSeen |= FurnitureRules.IsProse(line.Value);
            if (consumed >= line.Value.Length) roles[i] = LineRole.Metadata;
            else contentStarts[i] = line.TrimmedStart + consumed;
        }
    }

    /// <summary>Lines that are metadata and nothing else: bylines, bare dates, "Outlet 2 Jul 2026".</summary>
    private static bool ScanWholeLine(IReadOnlyList<TextLine> lines, LineRole[] roles, int i, MetadataFindings found)
    {
        var value = lines[i].Value;
        if (TextLine.CountWords(value) > MaxMetadataWords) return false; // prose: skip the date patterns
        if (MetadataLineRules.TryByline(value, out var author))
        {
            found.OfferAuthor(author, MetadataFindings.RankLabelled);
            roles[i] = LineRole.Metadata;
            return true;
        }
        if (DateExpressions.IsWholeDate(value, out var date))
        {
            roles[i] = LineRole.Metadata;
            var previous = PreviousNonBlank(lines, roles, i);
            if (previous >= 0 && roles[previous] == LineRole.Content && MetadataLineRules.IsOutletName(lines[previous].Value))
            {
                // An outlet signs off with its name above the date ("NationPress" / "2 Jul 2026").
                roles[previous] = LineRole.Metadata;
                found.OfferOutlet(lines[previous].Value, MetadataFindings.RankBesideOutlet);
                found.OfferPublished(date, MetadataFindings.RankBesideOutlet);
            }
            else
            {
                found.OfferPublished(date, MetadataFindings.RankStandalone);
            }
            return true;
        }
        if (MetadataLineRules.TryOutletAndDate(value, out var outlet, out date))
        {
            roles[i] = LineRole.Metadata;
            found.OfferOutlet(outlet, MetadataFindings.RankBesideOutlet);
            found.OfferPublished(date, MetadataFindings.RankBesideOutlet);
            return true;
        }
        return false;
    }

    private static int PreviousNonBlank(IReadOnlyList<TextLine> lines, LineRole[] roles, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (roles[j] != LineRole.Blank) return j;
        return -1;
    }
}
