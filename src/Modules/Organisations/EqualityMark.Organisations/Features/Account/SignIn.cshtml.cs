using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Account;

[AllowAnonymous]
public sealed class SignInModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Banner => Done == "password-changed" ? "Your password has been changed. Sign in with your new password" : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Enter your email address");
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Enter your password");
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var outcome = await mediator.Send(new SignInCommand(Input.Email!, Input.Password!), cancellationToken);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.Deactivated:
                ModelState.AddModelError("Input.Email", "This account has been deactivated. Ask your school's co-ordinator or the equality team to reactivate it");
                return Page();
            default:
                ModelState.AddModelError("Input.Email", WrongDetailsMessage);
                return Page();
        }
    }

    /// <summary>The same for an unknown email, a wrong password and a locked account, so the page never says who has an account.</summary>
    public const string WrongDetailsMessage =
        "The email address or password is not right, or the account is not set up on this site. After 5 wrong attempts, signing in is paused for 15 minutes";

    public sealed class SignInInput
    {
        [Display(Name = "Email address")]
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
