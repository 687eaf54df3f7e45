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
        TResult? result = null;
        await page.SendFormAsync(mediator, request, "Input", conflictField, cancellationToken, r => result = r);
        return result;
    }

    /// <summary>
    /// Sends a form's command and says whether it succeeded. Field errors are put on the fields under
    /// <paramref name="fieldPrefix"/> (the form's bound object), a clash on <paramref name="conflictField"/>.
    /// </summary>
    public static async Task<bool> SendFormAsync<TResult>(
        this PageModel page, IMediator mediator, IRequest<TResult> request, string fieldPrefix, string conflictField,
        CancellationToken cancellationToken, Action<TResult>? onSuccess = null, IReadOnlyDictionary<string, string>? fieldMap = null)
    {
        try
        {
            var result = await mediator.Send(request, cancellationToken);
            onSuccess?.Invoke(result);
            return true;
        }
        catch (RequestValidationException exception)
        {
            page.ModelState.AddValidationErrors(exception, fieldPrefix, fieldMap);
        }
        catch (ConflictException exception)
        {
            page.ModelState.AddModelError(conflictField, exception.Message);
        }

        return false;
    }
}
