using System.Globalization;
using System.Threading.RateLimiting;

namespace EqualityMark.Host.Security.RateLimiting;

internal static class RateLimitSetup
{
    public static void AddEqualityMarkRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection("RateLimits"));
        services.AddScoped<RateLimitCounters>();
        services.AddSingleton<SharedFormRateLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                if (!context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    return; // pages: the status code pages show the GOV.UK "too many attempts" page
                }

                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many attempts.",
                    detail: $"Too many attempts from here. Wait {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minutes, then try again.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<SharedFormRateLimiter>((options, limiter) => options.GlobalLimiter = limiter);
    }
}
