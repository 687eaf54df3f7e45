using EqualityMark.Shared.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Platform;

public sealed class PlatformSignOutModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AuthenticationSchemes.Platform);
        return LocalRedirect("/platform/sign-in");
    }
}
