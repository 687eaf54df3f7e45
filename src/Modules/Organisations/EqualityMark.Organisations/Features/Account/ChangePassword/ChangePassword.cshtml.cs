using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Account.ChangePassword;

[Authorize(Policy = Policies.SignedIn)]
public sealed class ChangePasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Banner => Done == "changed" ? "Your password has been changed. You have been signed out everywhere else" : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await this.SendFormAsync(mediator,
            new ChangePasswordCommand(Input.CurrentPassword ?? string.Empty, Input.NewPassword ?? string.Empty, Input.ConfirmPassword ?? string.Empty),
            "Input", "Input.CurrentPassword", cancellationToken)
            ? LocalRedirect("/account/password?done=changed")
            : Page();

    public sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
