using EqualityMark.Shared.PublicPages;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace EqualityMark.Host.Caching;

/// <summary>
/// Caches an authority's public page for people who are not signed in: GET or HEAD, no credentials, a resolved
/// authority. The key is the host, path and whole query string plus the authority's id; the entry carries the
/// authority's tag. A response is stored only if it is a 200 that sets no cookie and does not forbid storing
/// (anti-forgery marks the pages it puts a token on "no-store"). The pages' scripts are files ('self'), no nonce.
/// </summary>
internal sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var tenantId = http.RequestServices.GetRequiredService<ITenantContext>().TenantId;
        var cacheable = tenantId is not null
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["tenant"] = tenantId!.Value.ToString("N");
        context.Tags.Add(PublicPageCache.TenantTag(tenantId.Value));
        context.ResponseExpirationTimeSpan = PublicPageCache.Lifetime;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            || context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
