using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>
/// Values the app must refuse with a 400 whatever the field: text the database cannot store, text far too long,
/// the wrong JSON type, numbers beyond any integer, nulls where none may be, lists with a missing entry.
/// </summary>
internal sealed class BadJson(OpenApiSchemas schemas, PlausibleJson plausible)
{
    /// <summary>Written into JSON text after serialising: a JSON writer will not write a lone surrogate itself.</summary>
    public const string LoneSurrogateMarker = "__lone_surrogate__";

    public static readonly Gen<string> BadText = Gen.Elements(
        "\u0000", "Fuzz\u0000Text", "\u0001\u0002\u001f", "Line\u000bTab\u000c", "Escape\u001b[31m", LoneSurrogateMarker,
        new string('x', 20_001), "\u0000" + new string('y', 300));

    public static readonly Gen<string> MalformedBody = Gen.Elements(
        "{", "{\"a\":", "[", "nul", "\"\\u0000\"", "{\"x\":\"\\ud800\"", "[null]", "null", "123", "{}}", "\u0000");

    public Gen<JsonNode?> For(JsonObject schema, int depth = 0)
    {
        var kind = OpenApiSchemas.Kind(schema);
        var specific = kind switch
        {
            "object" when depth < 4 && schema["properties"] is JsonObject { Count: > 0 } => OneBadProperty(schema, depth),
            "object" => Fresh(JsonValue.Create("text"), JsonValue.Create(5), new JsonArray(), JsonValue.Create(true)),
            "array" => BadList(schema, depth),
            "integer" => Fresh(JsonNode.Parse("99999999999999999999999"), JsonNode.Parse("-1e400"), JsonValue.Create("abc"), JsonValue.Create(1.5)),
            "number" => Fresh(JsonValue.Create("abc"), JsonNode.Parse("1e400")),
            "boolean" => Fresh(JsonValue.Create("maybe"), JsonValue.Create(2)),
            "uuid" => Fresh(JsonValue.Create("not-a-guid"), JsonValue.Create("\u0000"), JsonValue.Create("")),
            "date" or "date-time" => Fresh(JsonValue.Create("2026-13-45"), JsonValue.Create("99999-01-01"), JsonValue.Create("\u0000")),
            _ => BadText.Select(t => (JsonNode?)JsonValue.Create(t)),
        };
        var wrongType = kind switch
        {
            "object" or "array" => Fresh(JsonValue.Create("text"), JsonValue.Create(5)),
            "integer" or "number" or "boolean" => Fresh(new JsonArray(), new JsonObject { ["x"] = 1 }, JsonValue.Create("text")),
            _ => Fresh(JsonValue.Create(12345), new JsonArray(), new JsonObject { ["x"] = 1 }, JsonValue.Create(true)),
        };
        var nullWhereNoneMayBe = OpenApiSchemas.IsNullable(schema) ? wrongType : Gen.Constant<JsonNode?>(null);
        return Gen.Frequency((6, specific), (1, wrongType), (1, nullWhereNoneMayBe));
    }

    /// <summary>A node may have only one parent, so each use gets its own copy.</summary>
    private static Gen<JsonNode?> Fresh(params JsonNode?[] nodes) => Gen.Elements(nodes).Select(n => n?.DeepClone());

    private Gen<JsonNode?> BadList(JsonObject schema, int depth)
    {
        var items = schemas.Resolve(schema["items"]);
        var withNull = OpenApiSchemas.IsNullable(items)
            ? For(items, depth + 1).Select(bad => (JsonNode?)new JsonArray(plausible.For(items), bad))
            : Gen.Constant<JsonNode?>(new JsonArray(plausible.For(items), null));
        var withBadItem = For(items, depth + 1).Select(bad => (JsonNode?)new JsonArray(bad));
        return Gen.OneOf(withNull, withBadItem, Gen.Constant<JsonNode?>(JsonValue.Create("not-a-list")));
    }

    /// <summary>Every property plausible but one (or two) bad: the bad value reaches the edge with everything else right.</summary>
    private Gen<JsonNode?> OneBadProperty(JsonObject schema, int depth)
    {
        var properties = schema["properties"]!.AsObject().Select(p => (p.Key, Schema: schemas.Resolve(p.Value))).ToList();
        var index = Gen.Choose(0, properties.Count - 1);
        return index.Zip(index).SelectMany(pair =>
            For(properties[pair.Item1].Schema, depth + 1).Zip(For(properties[pair.Item2].Schema, depth + 1)).Select(bad =>
            {
                var result = new JsonObject();
                foreach (var (name, property) in properties)
                {
                    result[name] = plausible.For(property, depth + 1);
                }

                result[properties[pair.Item2].Key] = bad.Item2;
                result[properties[pair.Item1].Key] = bad.Item1;
                return (JsonNode?)result;
            }));
    }
}
