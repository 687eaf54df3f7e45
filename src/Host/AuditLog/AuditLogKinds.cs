using System.Text.RegularExpressions;

namespace EqualityMark.Host.AuditLog;

/// <summary>A command's name in words: "DeleteSchool" reads "Delete school".</summary>
internal static partial class AuditLogKinds
{
    public static string Label(string kind)
    {
        var words = WordStart().Replace(kind, " $1").Trim().ToLowerInvariant();
        return words.Length == 0 ? kind : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
