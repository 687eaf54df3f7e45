using System.Collections.Concurrent;
using EqualityMark.Shared.Web;
using Microsoft.AspNetCore.Authorization;

namespace EqualityMark.Host.Layout;

/// <summary>
/// Finds the page endpoint behind an address and asks the same authorisation policy the page itself demands, so the
/// header's links and the pages' own links can never offer a page that would answer 403.
/// </summary>
internal sealed class PageAccess(
    EndpointDataSource endpoints, PagePolicies policies, IAuthorizationService authorization, IHttpContextAccessor http) : IPageAccess
{
    public async Task<bool> MayOpenAsync(string path)
    {
        var policy = await policies.ForAsync(endpoints, path);
        if (policy is null)
        {
            return true;
        }

        var user = http.HttpContext?.User;
        return user is not null && (await authorization.AuthorizeAsync(user, policy)).Succeeded;
    }
}

/// <summary>Each fixed page address's combined authorisation policy, worked out once (null: anyone may open it).</summary>
internal sealed class PagePolicies(IAuthorizationPolicyProvider provider)
{
    private readonly ConcurrentDictionary<string, AuthorizationPolicy?> _byPath = new(StringComparer.OrdinalIgnoreCase);

    public async Task<AuthorizationPolicy?> ForAsync(EndpointDataSource endpoints, string path)
    {
        var key = path.Trim('/');
        if (_byPath.TryGetValue(key, out var known))
        {
            return known;
        }

        var endpoint = endpoints.Endpoints.OfType<RouteEndpoint>().FirstOrDefault(e =>
            e.RoutePattern.Parameters.Count == 0
            && string.Equals(e.RoutePattern.RawText?.Trim('/'), key, StringComparison.OrdinalIgnoreCase)
            && (e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get)));
        AuthorizationPolicy? policy = null;
        if (endpoint is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            policy = await AuthorizationPolicy.CombineAsync(provider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        }

        _byPath[key] = policy;
        return policy;
    }
}
