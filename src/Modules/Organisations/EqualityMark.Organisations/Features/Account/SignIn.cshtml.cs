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
            case SignInOutcome.LockedOut:
                ModelState.AddModelError("Input.Email", "This account is locked after too many failed attempts. Try again in 15 minutes");
                return Page();
            case SignInOutcome.Deactivated:
                ModelState.AddModelError("Input.Email", "This account has been deactivated. Ask your school's co-ordinator or the equality team to reactivate it");
                return Page();
            default:
                ModelState.AddModelError("Input.Email", "The email address or password is not right, or the account is not set up on this site");
                return Page();
        }
    }

    public sealed class SignInInput
    {
        [Display(Name = "Email address")]
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
