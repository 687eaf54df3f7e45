using Scalar.AspNetCore;

namespace EqualityMark.Host.Developers;

/// <summary>
/// The interactive API reference (Scalar) drawn from the OpenAPI document, served from the app itself (no CDN, no
/// web fonts). How to authenticate is on /developers, which links here.
/// </summary>
internal static class ApiReference
{
    public const string Path = "/api-reference";

    public static void MapApiReference(this WebApplication app) =>
        app.MapScalarApiReference(Path, options => options
            .WithTitle("EqualityMark API reference")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts());
}
