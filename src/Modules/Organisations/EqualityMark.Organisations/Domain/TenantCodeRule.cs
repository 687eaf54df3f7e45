using System.Text.RegularExpressions;

namespace EqualityMark.Organisations.Domain;

/// <summary>A tenant code is its host name label: lowercase letters, digits and hyphens, 2–40 characters.</summary>
internal static partial class TenantCodeRule
{
    private static readonly HashSet<string> Reserved = ["www", "admin", "api", "platform", "localhost", "mail", "static", "assets"];

    public static bool IsValid(string? code) =>
        code is not null && CodePattern().IsMatch(code) && !Reserved.Contains(code);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex CodePattern();
}
