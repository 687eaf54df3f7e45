using System.Text.Json;

namespace EqualityMark.Host.AuditLog;

/// <summary>An entry's details in sentences: what was asked, then each record it changed and how.</summary>
internal static class AuditLogDetails
{
    public static IEnumerable<string> Lines(string details)
    {
        using var document = JsonDocument.Parse(details);
        var root = document.RootElement;
        if (root.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.Object)
        {
            var asked = command.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => $"{p.Name}: {Value(p.Value)}").ToList();
            if (asked.Count > 0)
            {
                yield return "Asked for: " + string.Join("; ", asked);
            }
        }

        if (root.TryGetProperty("changes", out var changes))
        {
            foreach (var row in changes.EnumerateArray())
            {
                var fields = row.GetProperty("fields").EnumerateObject().Select(f => Field(f, row.GetProperty("change").GetString())).ToList();
                yield return $"{row.GetProperty("entity").GetString()} {row.GetProperty("id").GetString()} {row.GetProperty("change").GetString()}"
                    + (fields.Count == 0 ? string.Empty : ": " + string.Join("; ", fields));
            }
        }

        if (root.TryGetProperty("rowsLeftOut", out var leftOut) && leftOut.GetInt32() > 0)
        {
            yield return $"…and {leftOut.GetInt32()} more changed records not listed";
        }
    }

    private static string Field(JsonProperty field, string? change) => change switch
    {
        "added" => $"{field.Name} = {Value(field.Value.GetProperty("to"))}",
        "removed" => $"{field.Name} was {Value(field.Value.GetProperty("from"))}",
        _ => $"{field.Name} {Value(field.Value.GetProperty("from"))} → {Value(field.Value.GetProperty("to"))}",
    };

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "(empty)",
        JsonValueKind.String => $"\"{value.GetString()}\"",
        _ => value.GetRawText(),
    };
}
