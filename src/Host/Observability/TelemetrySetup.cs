using EqualityMark.Host.Logging;
using EqualityMark.Shared.Security;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EqualityMark.Host.Observability;

/// <summary>
/// OpenTelemetry traces (ASP.NET Core, HttpClient — Stripe included —, Npgsql, job runs) and metrics (request rate,
/// latency and errors, HttpClient, runtime, job outcomes, requests running and waiting their turn). Metrics are scraped by operators from /platform/metrics;
/// traces and metrics also go to an OTLP collector when OTEL_EXPORTER_OTLP_ENDPOINT (or Telemetry:OtlpEndpoint) is set.
/// </summary>
internal static class TelemetrySetup
{
    public const string MetricsPath = "/platform/metrics";

    public static void AddEqualityMarkTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration["Telemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("equalitymark"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(options =>
                    {
                        options.Filter = http => !http.Request.Path.StartsWithSegments("/health");
                        options.EnrichWithHttpRequest = (activity, request) =>
                        {
                            activity.SetTag("url.path", LogRedaction.Path(request));
                            activity.SetTag("url.query", request.QueryString.HasValue ? LogRedaction.Query(request) : null);
                        };
                    })
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddSource(JobTelemetry.Name);
                if (!string.IsNullOrEmpty(otlp))
                {
                    tracing.AddOtlpExporter(options => options.Endpoint = new Uri(otlp));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(JobTelemetry.Name)
                    .AddMeter(Capacity.RequestQueue.MeterName)
                    .AddPrometheusExporter();
                if (!string.IsNullOrEmpty(otlp))
                {
                    metrics.AddOtlpExporter(options => options.Endpoint = new Uri(otlp));
                }
            });
    }

    /// <summary>For operators only: a tenant's people (and anonymous callers) are refused like any operator page.</summary>
    public static void MapOperatorMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Policies.PlatformOperator);
}
