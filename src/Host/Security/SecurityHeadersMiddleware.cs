using EqualityMark.Host.Developers;
using EqualityMark.Host.Jobs.Dashboard;

namespace EqualityMark.Host.Security;

/// <summary>Headers every response carries: no framing, no sniffing, a strict content security policy; API answers are not stored.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; " +
        "style-src 'self'; img-src 'self' data:; font-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /// <summary>The Hangfire Dashboard (operators only) and the API reference write inline scripts and styles; nothing else may.</summary>
    private const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            // API answers carry people's data; no browser or proxy may keep a copy.
            headers.CacheControl = "no-store";
        }

        if (context.Request.Path.StartsWithSegments(OperatorDashboard.Path) || context.Request.Path.StartsWithSegments(ApiReference.Path))
        {
            headers.ContentSecurityPolicy = DashboardContentSecurityPolicy;
        }
        else if (!context.Request.Path.StartsWithSegments("/openapi"))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        return next(context);
    }
}
