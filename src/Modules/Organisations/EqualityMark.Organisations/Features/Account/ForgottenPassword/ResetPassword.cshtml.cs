using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Account.ForgottenPassword;

[AllowAnonymous]
public sealed class ResetPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool LinkWorks { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        LinkWorks = await mediator.Send(new CheckPasswordResetLinkQuery(UserId, Token), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (var done, LinkWorks) = await ResetLinkForm.SendAsync(
            this,
            mediator,
            new ResetForgottenPasswordCommand(UserId, Token, Input.Password ?? string.Empty, Input.ConfirmPassword ?? string.Empty),
            cancellationToken);
        return done ? LocalRedirect("/account/sign-in?done=password-changed") : Page();
    }
}
