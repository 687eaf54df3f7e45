using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;

namespace EqualityMark.Host.Jobs.Dashboard;

/// <summary>
/// The dashboard's own check, behind the endpoint's operator policy: the request carries a platform operator's
/// cookie and is not on an authority's host.
/// </summary>
internal sealed class OperatorDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.RequestServices.GetRequiredService<ITenantContext>().HasTenant)
        {
            return false;
        }

        var result = await http.AuthenticateAsync(AuthenticationSchemes.Platform);
        return result.Succeeded && result.Principal.IsInRole(Roles.PlatformOperator);
    }
}
