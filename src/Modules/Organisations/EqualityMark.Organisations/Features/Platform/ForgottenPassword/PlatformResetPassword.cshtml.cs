using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Web;
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
        try
        {
            await mediator.Send(new ResetOperatorPasswordCommand(Token, Input.Password ?? string.Empty, Input.ConfirmPassword ?? string.Empty), cancellationToken);
            return LocalRedirect("/platform/sign-in?done=password-changed");
        }
        catch (RequestValidationException exception) when (exception.Errors.ContainsKey(nameof(ResetOperatorPasswordCommand.Token)))
        {
            LinkWorks = false;
            return Page();
        }
        catch (RequestValidationException exception)
        {
            ModelState.AddValidationErrors(exception);
            return Page();
        }
    }

    public sealed class NewPasswordInput
    {
        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
