using EqualityMark.Shared.Web;

namespace EqualityMark.Host.Security;

/// <summary>
/// Every authority is a subdomain of one site, so SameSite=Lax cookies ride along on requests from a sibling authority's
/// pages. An API call that changes something must therefore prove it was not sent by another origin: either the
/// browser says it came from this origin (Origin or Sec-Fetch-Site), or it carries <see cref="HeaderName"/>, which no
/// other origin can add without a CORS preflight this app never approves. Form posts are covered by antiforgery tokens.
/// </summary>
internal sealed class ApiWriteOriginMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-EqualityMark-Client";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<AcceptsCrossOriginWrites>() is not null)
        {
            return next(context);
        }

        return IsSameOrigin(request) ? next(context) : RefuseAsync(context);
    }

    private static bool IsSameOrigin(HttpRequest request)
    {
        if (request.Headers.Origin is [{ Length: > 0 } origin])
        {
            return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
        }

        return request.Headers["Sec-Fetch-Site"] is ["same-origin"] || request.Headers[HeaderName] is [{ Length: > 0 }];
    }

    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden.",
            detail: $"API requests that change something must come from this site, or carry the {HeaderName} header.").ExecuteAsync(context);
    }
}
