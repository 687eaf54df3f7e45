using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>Sends a form's command; refused input answers 400 with the field messages, a clash 409 with its message (ADR 0022).</summary>
internal static class FormStatus
{
    public static async Task<TResult?> SendFormWithStatusAsync<TResult>(
        this PageModel page, IMediator mediator, IRequest<TResult> request, string fieldPrefix, string conflictField, CancellationToken cancellationToken)
        where TResult : class
    {
        try
        {
            return await mediator.Send(request, cancellationToken);
        }
        catch (RequestValidationException exception)
        {
            page.ModelState.AddValidationErrors(exception, fieldPrefix);
            page.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ConflictException exception)
        {
            page.ModelState.AddModelError(conflictField, exception.Message);
            page.Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return null;
    }
}
