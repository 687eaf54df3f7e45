using System.Security.Claims;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.Logging;

/// <summary>Adds the tenant and user to every log line written while handling the request.</summary>
internal sealed class RequestLogScopeMiddleware(RequestDelegate next, ILogger<RequestLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenant)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["TenantCode"] = tenant.Tenant?.Code,
            ["UserId"] = context.User.FindFirstValue(ClaimTypes.NameIdentifier),
        });
        await next(context);
    }
}
