using System.Diagnostics;
using EqualityMark.Host.Logging;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EqualityMark.Host.Errors;

/// <summary>
/// Turns the product's exceptions into RFC 9457 problem details for the API, and into the matching
/// error page for browsers. Anything unexpected is a logged 500 that reveals nothing.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);

        // The middleware has already pointed the request at the error page; the original path says who asked.
        var originalPath = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? string.Empty;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            logger.LogWarning("{Method} {Path}: the database is unavailable ({Reason})", context.Request.Method, LogRedaction.Path(originalPath), exception.Message);
        }
        else if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path} (trace {TraceId})",
                context.Request.Method, LogRedaction.Path(originalPath), Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier);
        }
        else
        {
            logger.LogDebug("{Method} {Path} answered {Status}: {Reason}", context.Request.Method, LogRedaction.Path(originalPath), problem.Status, exception.Message);
        }

        if (!originalPath.StartsWith("/api/", StringComparison.Ordinal))
        {
            // Pages: the exception handler re-executes /error/exception, which shows the GOV.UK error page.
            return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static int StatusFor(Exception exception) => ToProblem(exception).Status!.Value;

    private static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        RequestValidationException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid.",
        },
        BadHttpRequestException bad => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The request could not be read.", Detail = bad.Message },
        System.Text.Json.JsonException json => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The request could not be read.", Detail = json.Message },
        _ when InvalidInputSqlStates.Matches(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid.",
            Detail = "A value is too long, out of range or contains characters that cannot be stored.",
        },
        NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = notFound.Message },
        GoneException gone => new ProblemDetails { Status = StatusCodes.Status410Gone, Title = "Gone.", Detail = gone.Message },
        ForbiddenException forbidden => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden.", Detail = forbidden.Message },
        ConflictException conflict => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict.",
            Detail = conflict.Message,
            Extensions = conflict.Current is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["current"] = conflict.Current },
        },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict.",
            Detail = "Someone else changed this record after you opened it. Reload it to see their changes.",
        },
        TenantIsolationException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found." },
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict.",
            Detail = "This has just been recorded by someone else. Reload to see it.",
        },
        _ when DatabaseUnavailable.Matches(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service is briefly unavailable.",
            Detail = "Nothing was saved. Try again in a few seconds.",
        },
        _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Something went wrong on our side." },
    };
}
