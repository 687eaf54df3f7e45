using System.Text.Json.Nodes;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>A value a schema would accept, for the fields of a body that are not the bad one.</summary>
internal sealed class PlausibleJson(OpenApiSchemas schemas, Guid knownId)
{
    public JsonNode? For(JsonObject schema, int depth = 0)
    {
        if (depth > 6)
        {
            return null;
        }

        return OpenApiSchemas.Kind(schema) switch
        {
            "enum" => schema["enum"]!.AsArray().FirstOrDefault(v => v is not null)?.DeepClone(),
            "object" => Object(schema, depth),
            "array" => new JsonArray(For(schemas.Resolve(schema["items"]), depth + 1)),
            "boolean" => true,
            "integer" or "number" => 1,
            "uuid" => knownId.ToString(),
            "date" => "2026-03-02",
            "date-time" => "2026-03-02T10:00:00Z",
            "email" => "fuzz@example.org",
            _ => "Fuzz",
        };
    }

    private JsonObject Object(JsonObject schema, int depth)
    {
        var result = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            result[name] = For(schemas.Resolve(property), depth + 1);
        }

        return result;
    }
}
