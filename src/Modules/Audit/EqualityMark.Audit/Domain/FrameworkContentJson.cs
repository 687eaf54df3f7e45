using System.Text.Json;
using System.Text.Json.Serialization;

namespace EqualityMark.Audit.Domain;

/// <summary>The one JSON shape of a framework: stored in the database, exported and imported.</summary>
internal static class FrameworkContentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(FrameworkContent content) => JsonSerializer.Serialize(content, Options);

    public static FrameworkContent Deserialize(string json) =>
        JsonSerializer.Deserialize<FrameworkContent>(json, Options) ?? throw new JsonException("The framework is empty.");
}
