using System.Text;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Text;

namespace EqualityMark.Audit.Features.Framework;

/// <summary>
/// Audit items as CSV — key, element, strand (empty = all strands), statement, guidance, evidence — for
/// authorities that keep their audit tool in a spreadsheet. Strands and elements come from the JSON form.
/// </summary>
internal static class FrameworkCsv
{
    private static readonly string[] Header = ["key", "element", "strand", "statement", "guidance", "evidence"];

    public static string WriteItems(FrameworkContent content)
    {
        var builder = new StringBuilder();
        builder.AppendLine(string.Join(',', Header));
        foreach (var item in content.Items)
        {
            builder.AppendLine(string.Join(',', new[] { item.Key, item.ElementKey, item.StrandKey ?? string.Empty, item.Statement, item.Guidance, item.Evidence }.Select(Csv.Escape)));
        }

        return builder.ToString();
    }

    public static FrameworkContent ReadItems(string text, FrameworkContent current)
    {
        var rows = Csv.Parse(text);
        if (rows.Count == 0 || !rows[0].Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            throw new FormatException($"the first line must be the header: {string.Join(',', Header)}");
        }

        var items = rows.Skip(1).Where(r => r.Count > 1 || (r.Count == 1 && r[0].Length > 0)).Select((row, index) => row.Count == Header.Length
            ? new ItemDefinition(row[0].Trim(), row[1].Trim(), string.IsNullOrWhiteSpace(row[2]) ? null : row[2].Trim(), row[3].Trim(), row[4].Trim(), row[5].Trim())
            : throw new FormatException($"line {index + 2} has {row.Count} fields, not {Header.Length}")).ToList();
        return current with { Items = items };
    }
}
