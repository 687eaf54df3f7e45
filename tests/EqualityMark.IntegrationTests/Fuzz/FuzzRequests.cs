using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>
/// Generates calls to an operation with at least one bad part: the body (a bad field, or not JSON at all), a query
/// parameter or a route parameter. Non-GET calls always carry a bad body when they take one, so a generated call can
/// never be a valid change to the shared demo data.
/// </summary>
internal sealed class FuzzRequests(OpenApiSchemas schemas, Guid knownId)
{
    private static readonly Gen<string> BadQueryValue = Gen.Elements(
        "%00", "a%01b", "%ED%A0%80", "99999999999999999999", "not-a-guid", "-1", "2026-13-45", new string('q', 12_000));

    private static readonly Gen<string> BadRouteValue = Gen.Elements(
        "not-a-guid", "a%01b", "a%1Fb", "%ED%A0%80", "99999999999999999999", new string('r', 300))
        .Or(Gen.Choose(0, int.MaxValue).Select(n => new Guid(n, 0, 0, new byte[8]).ToString()));

    private readonly PlausibleJson plausible = new(schemas, knownId);

    public Gen<FuzzRequest>? For(OpenApiOperation operation)
    {
        var bad = new BadJson(schemas, plausible);
        var badBody = operation.Body is null
            ? Gen.Constant<string?>(null)
            : Gen.Frequency((4, bad.For(operation.Body).Select(Serialise)), (1, BadJson.MalformedBody.Select(t => (string?)t)));
        var bodyWithGoodParameters = operation.Body is null ? null : badBody.Select(body => Build(operation, null, null, body));
        var modes = operation.Parameters
            .Where(p => p.In is "query" or "path")
            .Select(p => (p.In == "query" ? BadQueryValue : BadRouteValue).Zip(operation.Method == "GET" ? Gen.Constant<string?>(null) : badBody)
                .Select(v => Build(operation, p, v.Item1, v.Item2)))
            .ToList();
        if (bodyWithGoodParameters is not null)
        {
            modes.Add(bodyWithGoodParameters);
            modes.Add(bodyWithGoodParameters);
        }

        return modes.Count == 0 ? null : Gen.OneOf(modes);
    }

    private static string? Serialise(JsonNode? body) =>
        (body?.ToJsonString() ?? "null").Replace(BadJson.LoneSurrogateMarker, "\\ud800", StringComparison.Ordinal);

    private FuzzRequest Build(OpenApiOperation operation, OpenApiParameter? badParameter, string? badValue, string? body)
    {
        var path = operation.Path;
        var query = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var value = parameter == badParameter ? badValue! : Uri.EscapeDataString(Plausible(parameter));
            if (parameter.In == "path")
            {
                path = path.Replace("{" + parameter.Name + "}", value, StringComparison.Ordinal);
            }
            else if (parameter.In == "query")
            {
                query.Add($"{parameter.Name}={value}");
            }
        }

        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        return new FuzzRequest(operation.Method, url, operation.Method == "GET" ? null : body);
    }

    private string Plausible(OpenApiParameter parameter) =>
        parameter.Name == "urn" ? "123456"
        : plausible.For(parameter.Schema) is JsonValue value ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
        : "fuzz";
}
