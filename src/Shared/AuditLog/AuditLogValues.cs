using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace EqualityMark.Shared.AuditLog;

/// <summary>
/// Turns values into what the audit log may keep: secrets masked by name, file contents reduced to their size, and
/// nested objects walked only a few levels deep (commands can carry uploads and streams that must never be read here).
/// </summary>
public static partial class AuditLogValues
{
    public const string Masked = "(hidden)";

    public static bool IsSecret(string name) => SecretName().IsMatch(name);

    public static object? Describe(string name, object? value, int depth = 0) =>
        IsSecret(name) && value is not null ? Masked : Describe(value, depth);

    public static Dictionary<string, object?> DescribeProperties(object source, int depth = 0)
    {
        var described = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in source.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.IsDefined(typeof(NotInAuditLogAttribute)))
            {
                continue;
            }

            described[property.Name] = Describe(property.Name, property.GetValue(source), depth + 1);
        }

        return described;
    }

    private static object? Describe(object? value, int depth) => value switch
    {
        null => null,
        string text => text.Length > 500 ? text[..500] + "…" : text,
        byte[] bytes => $"({bytes.Length} bytes)",
        Stream => "(file)",
        Enum => value.ToString(),
        bool or Guid or DateOnly or TimeOnly or DateTime or DateTimeOffset => value,
        IFormattable formattable when value.GetType().IsPrimitive || value is decimal => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items when depth < 3 => items.Cast<object?>().Take(50).Select(i => Describe(i, depth + 1)).ToList(),
        _ when depth < 3 && value.GetType().Namespace?.StartsWith("EqualityMark", StringComparison.Ordinal) == true => DescribeProperties(value, depth),
        _ => value.ToString(),
    };

    [GeneratedRegex("password|secret|token|stamp|hash|apikey|privatekey|signingkey|(^|[a-z])Key$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
