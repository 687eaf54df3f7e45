using System.Text.Json;

namespace EqualityMark.Host.AuditLog;

internal static class AuditLogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };
}
