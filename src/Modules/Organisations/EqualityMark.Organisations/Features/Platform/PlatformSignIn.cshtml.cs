using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Platform;

[AllowAnonymous]
public sealed class PlatformSignInModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Banner => Done == "password-changed" ? "Your password has been changed. Sign in with your new password" : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password)
            || !await mediator.Send(new PlatformSignInCommand(Input.Email, Input.Password), cancellationToken))
        {
            ModelState.AddModelError("Input.Email", "The email address or password is not right");
            return Page();
        }

        return LocalRedirect("/platform");
    }

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
