using System.Security.Claims;
using EqualityMark.Shared.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Platform;

/// <summary>Ends every session of the operator, on every device.</summary>
public sealed class PlatformSignOutModel(ISignInSessions sessions) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var operatorId))
        {
            await sessions.EndAllAsync(operatorId, cancellationToken);
        }

        await HttpContext.SignOutAsync(AuthenticationSchemes.Platform);
        return LocalRedirect("/platform/sign-in");
    }
}
