using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace EqualityMark.Host.Capacity;

/// <summary>
/// Requests take turns: about two a processor run at once, and the rest wait, oldest first (ADR 0042). With every
/// request running at once, thirty-two of them shared two processors and the connection pool, each slowed by all the
/// others, and the unlucky ones took twice the median. A turn ends when the response starts, so a slow reader of
/// a download does not hold one, and a small body is received before the turn is taken, so a slow sender does not
/// either. Health checks, static files and error pages re-executed for a request that had its turn go straight on.
/// </summary>
internal sealed class RequestQueueMiddleware(RequestDelegate next, RequestQueue queue, IOptions<CapacityOptions> options, ILogger<RequestQueueMiddleware> logger)
{
    private const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        if (GoesStraightOn(context) || !await ReceivedSmallBodyAsync(context))
        {
            await next(context);
            return;
        }

        RateLimitLease lease;
        try
        {
            lease = await queue.WaitForTurnAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the caller went away while waiting: nobody to answer
        }

        if (!lease.IsAcquired)
        {
            lease.Dispose();
            logger.LogWarning("Request refused: {Queued} requests were already waiting for a turn", options.Value.QueueLimit);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }

        var turn = new Turn(lease);
        context.Response.OnStarting(static state => ((Turn)state).EndAsync(), turn);
        try
        {
            await next(context);
        }
        finally
        {
            await turn.EndAsync();
        }
    }

    private bool GoesStraightOn(HttpContext context) =>
        !options.Value.Enabled
        || context.Request.Path.StartsWithSegments("/health")
        || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
        || context.Features.Get<IExceptionHandlerPathFeature>() is not null;

    /// <summary>
    /// Receives a body up to the limit whole, to be read again by the request. False for a larger body or one of unknown
    /// length: such a request (an upload) spends its time receiving, and goes on without a turn.
    /// </summary>
    private async Task<bool> ReceivedSmallBodyAsync(HttpContext context)
    {
        var request = context.Request;
        var canHaveBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
            ?? (request.ContentLength is not null || request.Headers.TransferEncoding.Count > 0);
        if (!canHaveBody || request.ContentLength == 0)
        {
            return true;
        }

        var limit = options.Value.ReceivedFirstBodyLimit;
        if (request.ContentLength is not { } length || length > limit)
        {
            return false;
        }

        request.EnableBuffering(bufferThreshold: limit, bufferLimit: limit);
        await request.Body.DrainAsync(context.RequestAborted);
        request.Body.Position = 0;
        return true;
    }

    /// <summary>Ends once, whichever comes first: the response starting or the request finishing.</summary>
    private sealed class Turn(RateLimitLease lease)
    {
        private int ended;

        public Task EndAsync()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                lease.Dispose();
            }

            return Task.CompletedTask;
        }
    }
}
