using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Account.ForgottenPassword;

/// <summary>The new-password form behind a reset link, for authority users and operators alike.</summary>
public sealed class NewPasswordInput
{
    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

internal static class ResetLinkForm
{
    /// <summary>
    /// Sends the new password. A link that no longer works (an error on "Token") turns the page into the "ask for a new
    /// link" page; other errors go on the fields.
    /// </summary>
    public static async Task<(bool Done, bool LinkWorks)> SendAsync(PageModel page, IMediator mediator, IRequest<Unit> command, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(command, cancellationToken);
            return (true, true);
        }
        catch (RequestValidationException exception) when (exception.Errors.ContainsKey("Token"))
        {
            return (false, false);
        }
        catch (RequestValidationException exception)
        {
            page.ModelState.AddValidationErrors(exception);
            return (false, true);
        }
    }
}
