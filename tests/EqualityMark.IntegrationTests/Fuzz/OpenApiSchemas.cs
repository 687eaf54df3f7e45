using System.Text.Json.Nodes;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>Reads OpenAPI 3.1 schemas: follows $ref, looks through "oneOf [null, X]", and names the types a schema allows.</summary>
internal sealed class OpenApiSchemas(JsonObject components)
{
    public JsonObject Resolve(JsonNode? schema)
    {
        var current = schema as JsonObject ?? [];
        for (var hops = 0; hops < 10; hops++)
        {
            if (current["$ref"]?.GetValue<string>() is { } reference)
            {
                current = components[reference.Split('/')[^1]]?.AsObject() ?? [];
            }
            else if ((current["oneOf"] ?? current["anyOf"]) is JsonArray choices
                     && choices.OfType<JsonObject>().FirstOrDefault(c => !Types(c).SequenceEqual(["null"])) is { } choice)
            {
                current = choice;
            }
            else
            {
                break;
            }
        }

        return current;
    }

    public static IReadOnlyList<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonValue single => [single.GetValue<string>()],
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
        _ => schema["properties"] is not null ? ["object"] : [],
    };

    public static bool IsNullable(JsonObject schema) => Types(schema).Contains("null");

    public static string Kind(JsonObject schema)
    {
        var types = Types(schema);
        return schema["enum"] is not null ? "enum"
            : types.Contains("object") ? "object"
            : types.Contains("array") ? "array"
            : types.Contains("boolean") ? "boolean"
            : types.Contains("integer") ? "integer"
            : types.Contains("number") ? "number"
            : schema["format"]?.GetValue<string>() is { } format ? format
            : "string";
    }
}
