using System.Text.Json;
using System.Text.Json.Serialization;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>How a sent version's frozen plan and documents are written to jsonb (enums by name, so they read back whatever the order).</summary>
internal static class SnapshotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
