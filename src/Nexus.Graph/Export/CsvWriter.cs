using System.Globalization;
using System.Text;
using Nexus.Core.Claims;
using Nexus.Graph.Model;

namespace Nexus.Graph.Export;

/// <summary>RFC 4180 CSV: one row per edge, with names, status, confidence and the ids of its evidence claims.</summary>
public static class CsvWriter
{
    public static void WriteEdges(KnowledgeGraph g, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine("source_id,source,source_type,relation,target_id,target,target_type,status,confidence,independent_outlets,supporting_claims,denying_claims,speakers,deniers,first_seen,last_seen,valid_from,valid_to");
        foreach (var e in g.Edges)
        {
            string[] cells =
            [
                e.SourceId.ToString(CultureInfo.InvariantCulture), Text(g.NameOf(e.SourceId)), TypeOf(g, e.SourceId), e.Type.ToWire(),
                e.TargetId.ToString(CultureInfo.InvariantCulture), Text(g.NameOf(e.TargetId)), TypeOf(g, e.TargetId), EdgeFacts.Status(e),
                EdgeFacts.Number(e.Confidence), e.IndependentOutlets.ToString(CultureInfo.InvariantCulture), EdgeFacts.Ids(e.SupportingClaimIds),
                EdgeFacts.Ids(e.DenyingClaimIds), Text(string.Join("; ", e.Speakers)), Text(string.Join("; ", e.Deniers)), EdgeFacts.Date(e.FirstSeen),
                EdgeFacts.Date(e.LastSeen), e.ValidFrom?.ToString() ?? "", e.ValidTo?.ToString() ?? "",
            ];
            w.WriteLine(string.Join(",", cells.Select(Quote)));
        }
    }

    public static void WriteNodes(KnowledgeGraph g, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine("id,name,type,aliases");
        foreach (var id in g.NodeIds)
        {
            var e = g.EntitiesById.GetValueOrDefault(id);
            w.WriteLine(string.Join(",", new[] { id.ToString(CultureInfo.InvariantCulture), Text(g.NameOf(id)), TypeOf(g, id), e is null ? "" : Text(string.Join("; ", e.Aliases)) }.Select(Quote)));
        }
    }

    /// <summary>
    /// Names and speakers come from untrusted articles: a cell starting with = + - @ (or a tab or carriage return)
    /// would run as a formula when the file is opened in a spreadsheet, so it gets a leading apostrophe (OWASP's advice).
    /// </summary>
    public static string Text(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    public static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static string TypeOf(KnowledgeGraph g, long id) => g.EntitiesById.TryGetValue(id, out var e) ? e.Type.ToString() : "";
}
