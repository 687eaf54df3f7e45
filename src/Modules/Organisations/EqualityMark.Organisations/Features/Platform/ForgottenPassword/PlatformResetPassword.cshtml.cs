using EqualityMark.Organisations.Features.Account.ForgottenPassword;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Platform.ForgottenPassword;

[AllowAnonymous]
public sealed class PlatformResetPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "token")]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool LinkWorks { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        LinkWorks = await mediator.Send(new CheckOperatorPasswordResetLinkQuery(Token), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (var done, LinkWorks) = await ResetLinkForm.SendAsync(
            this,
            mediator,
            new ResetOperatorPasswordCommand(Token, Input.Password ?? string.Empty, Input.ConfirmPassword ?? string.Empty),
            cancellationToken);
        return done ? LocalRedirect("/platform/sign-in?done=password-changed") : Page();
    }
}
