using System.Security.Claims;
using EqualityMark.Shared.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EqualityMark.Host.Security.Sessions;

/// <summary>
/// Ties each sign-in cookie to a server-side session: a session starts when the cookie is first issued (its key kept
/// in the cookie's protected properties, so refreshing the cookie keeps it), and a cookie whose session has ended is
/// refused and removed.
/// </summary>
internal static class SessionCookieEvents
{
    private const string SessionKey = ".session";

    public static void EndWithServerSession(this CookieAuthenticationEvents events)
    {
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = async context =>
        {
            if (!context.Properties.Items.ContainsKey(SessionKey) && PersonId(context.Principal) is { } personId)
            {
                var tenantId = Guid.TryParse(context.Principal!.FindFirstValue(ClaimNames.TenantId), out var id) ? id : (Guid?)null;
                context.Properties.Items[SessionKey] = await Store(context.HttpContext)
                    .StartAsync(personId, tenantId, context.HttpContext.RequestAborted);
            }

            await signingIn(context);
        };

        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            if (context.Properties.Items.TryGetValue(SessionKey, out var key) && key is not null && PersonId(context.Principal) is { } personId
                && await Store(context.HttpContext).IsActiveAsync(key, personId, context.HttpContext.RequestAborted))
            {
                await validate(context);
                return;
            }

            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        };
    }

    private static Guid? PersonId(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static SignInSessionStore Store(HttpContext context) => context.RequestServices.GetRequiredService<SignInSessionStore>();
}
