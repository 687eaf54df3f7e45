using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Account;

[AllowAnonymous]
public sealed class AcceptInvitationModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    /// <summary>Open: the password form. Used or expired: what happened and what to do next, in place of a form that cannot work.</summary>
    public InvitationLinkState State { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        State = await mediator.Send(new GetInvitationLinkStateQuery(UserId), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        if (State != InvitationLinkState.Open)
        {
            return Page();
        }

        try
        {
            var email = await mediator.Send(new AcceptInvitationCommand(UserId, Token, Input.Password ?? string.Empty, Input.ConfirmPassword ?? string.Empty), cancellationToken);
            await mediator.Send(new SignInCommand(email, Input.Password!), cancellationToken);
            return LocalRedirect("/");
        }
        catch (RequestValidationException exception)
        {
            // A broken or expired link is not a field the person can fix, so it is reported without a field link.
            foreach (var message in exception.Errors.GetValueOrDefault(nameof(AcceptInvitationCommand.Token), []))
            {
                ModelState.AddModelError(string.Empty, message);
            }

            ModelState.AddValidationErrors(new RequestValidationException(
                exception.Errors.Where(e => e.Key != nameof(AcceptInvitationCommand.Token)).ToDictionary()));
            return Page();
        }
    }

    public sealed class PasswordInput
    {
        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
