using System.Security.Claims;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EqualityMark.Organisations.Features.Account;

/// <summary>Puts the tenant, role and school into the sign-in cookie, so every request knows them without a query.</summary>
internal sealed class UserClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimNames.TenantId, user.TenantId.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        identity.AddClaim(new Claim(ClaimNames.FullName, user.FullName));
        if (user.SchoolId is { } schoolId)
        {
            identity.AddClaim(new Claim(ClaimNames.SchoolId, schoolId.ToString()));
        }

        return identity;
    }
}
