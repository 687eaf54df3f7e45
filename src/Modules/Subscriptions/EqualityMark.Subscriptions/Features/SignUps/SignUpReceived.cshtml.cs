using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.SignUps;

[AllowAnonymous]
public sealed class SignUpReceivedModel : PageModel
{
    public void OnGet()
    {
    }
}
