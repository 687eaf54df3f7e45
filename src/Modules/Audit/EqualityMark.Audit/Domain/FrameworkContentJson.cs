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

    /// <summary>For documents from outside: every field the shape declares must be present, and null only where it may be.</summary>
    private static readonly JsonSerializerOptions ImportOptions = new(Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Serialize(FrameworkContent content) => JsonSerializer.Serialize(content, Options);

    public static FrameworkContent Deserialize(string json) =>
        JsonSerializer.Deserialize<FrameworkContent>(json, Options) ?? throw new JsonException("The framework is empty.");

    public static FrameworkContent DeserializeImport(string json) =>
        JsonSerializer.Deserialize<FrameworkContent>(json, ImportOptions) ?? throw new JsonException("The framework is empty.");
}
