using System.Text.Json.Nodes;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>One operation of the app's OpenAPI document: where it is, what it takes.</summary>
internal sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, JsonObject? Body)
{
    public IEnumerable<OpenApiParameter> In(string location) => Parameters.Where(p => p.In == location);

    public override string ToString() => $"{Method} {Path}";

    public static IReadOnlyList<OpenApiOperation> AllIn(JsonObject document)
    {
        var schemas = new OpenApiSchemas(document["components"]?["schemas"]?.AsObject() ?? []);
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new OpenApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), schemas.Resolve(p["schema"])))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema ? schemas.Resolve(schema) : null;
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, parameters, body));
            }
        }

        return operations;
    }
}

internal sealed record OpenApiParameter(string Name, string In, JsonObject Schema);
