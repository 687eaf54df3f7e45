using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.Tenancy;

/// <summary>
/// Fixes the request's tenant from its host name before authentication. Unknown or suspended tenants
/// get 404; platform paths answer only on the platform host and tenant paths only on tenant hosts.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, TenantHostNames hostNames, TenantRegistry registry)
{
    private static readonly string[] AnyHostPaths = ["/health", "/assets", "/govuk", "/css", "/favicon.ico", "/error"];
    private static readonly string[] PlatformOnlyPaths = ["/platform", "/api/v1/platform"];
    private static readonly string[] PlatformHostPaths = [.. PlatformOnlyPaths, "/openapi"];

    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        if (tenantContext.IsFixed)
        {
            // A re-executed error page in the same request: the tenant is already decided.
            await next(context);
            return;
        }

        var path = context.Request.Path;
        var kind = hostNames.Classify(context.Request.Host.Host, out var code);
        var tenant = kind == HostKind.Tenant ? await registry.FindAsync(code!, context.RequestAborted) : null;
        tenantContext.Fix(tenant);

        var allowed = AnyHostPaths.Any(p => path.StartsWithSegments(p)) || kind switch
        {
            HostKind.Platform => path == "/" || PlatformHostPaths.Any(p => path.StartsWithSegments(p)),
            HostKind.Tenant => tenant is not null && !PlatformOnlyPaths.Any(p => path.StartsWithSegments(p)),
            _ => false,
        };

        if (!allowed)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }
}
