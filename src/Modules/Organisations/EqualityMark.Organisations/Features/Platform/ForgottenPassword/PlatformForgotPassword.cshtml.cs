using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Platform.ForgottenPassword;

[AllowAnonymous]
public sealed class PlatformForgotPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await this.SendFormAsync(mediator, new RequestOperatorPasswordResetCommand(Input.Email ?? string.Empty), "Input", "Input.Email", cancellationToken)
            ? LocalRedirect("/platform/forgot-password/check-your-email")
            : Page();

    public sealed class EmailInput
    {
        public string? Email { get; set; }
    }
}
