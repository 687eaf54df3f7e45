using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Shared.Web;

public static class PageModelMediatorExtensions
{
    /// <summary>
    /// Sends a form's command. Field errors land on the form's fields and a clash on <paramref name="conflictField"/>;
    /// then the result is null and the page shows itself again with the error summary.
    /// </summary>
    public static async Task<TResult?> TrySendAsync<TResult>(
        this PageModel page, IMediator mediator, IRequest<TResult> request, string conflictField, CancellationToken cancellationToken)
        where TResult : class
    {
        try
        {
            return await mediator.Send(request, cancellationToken);
        }
        catch (RequestValidationException exception)
        {
            page.ModelState.AddValidationErrors(exception);
        }
        catch (ConflictException exception)
        {
            page.ModelState.AddModelError(conflictField, exception.Message);
        }

        return null;
    }
}
