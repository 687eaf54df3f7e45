using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Account.ForgottenPassword;

[AllowAnonymous]
public sealed class ForgotPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await this.SendFormAsync(mediator, new RequestPasswordResetCommand(Input.Email ?? string.Empty), "Input", "Input.Email", cancellationToken)
            ? RedirectToPage("CheckYourEmail")
            : Page();

    public sealed class EmailInput
    {
        public string? Email { get; set; }
    }
}
