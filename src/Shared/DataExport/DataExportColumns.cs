using System.Text;

namespace EqualityMark.Shared.DataExport;

/// <summary>Which stored properties an export leaves out, and the human name of those it keeps.</summary>
public static class DataExportColumns
{
    // Secrets and plumbing never leave the database, whichever module holds them (defence in depth:
    // modules also leave out tables that are only secrets).
    private static readonly string[] NeverExportedParts =
        ["Password", "SecurityStamp", "ConcurrencyStamp", "Token", "Secret", "PrivateKey", "TenantId", "RowVersion"];

    public static bool IsExported(string propertyName, Type type) =>
        type != typeof(byte[]) && !NeverExportedParts.Any(part => propertyName.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>"SchoolId" → "School id", so a spreadsheet's header reads like the pages.</summary>
    public static string HumanName(string propertyName)
    {
        var name = new StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var c = propertyName[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(propertyName[i - 1]))
            {
                name.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                name.Append(c);
            }
        }

        return name.ToString();
    }
}
