using Microsoft.AspNetCore.Diagnostics;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace EqualityMark.Host.Logging;

/// <summary>
/// Serilog for every log line: one readable line each in development, compact JSON elsewhere. Levels come from the
/// usual "Logging:LogLevel" settings. Each line of a request carries its trace id, the authority's code and the
/// user's id (RequestLogScopeMiddleware) — never names or email addresses.
/// </summary>
internal static class LogSetup
{
    private const string ReadableLine =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}  ({SourceContext}; authority {TenantCode}; user {UserId}; trace {TraceId}){NewLine}{Exception}";

    public static void AddEqualityMarkLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // Other providers (tests capture logs through one) still receive every event.
        builder.Services.AddSerilog(
            (services, logger) => Configure(logger, services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>().IsDevelopment()),
            writeToProviders: true);
    }

    private static void Configure(LoggerConfiguration logger, IConfiguration configuration, bool readable)
    {
        var levels = configuration.GetSection("Logging:LogLevel");
        logger.MinimumLevel.Is(LevelOf(levels["Default"]) ?? LogEventLevel.Information).Enrich.FromLogContext();
        foreach (var category in levels.GetChildren().Where(c => c.Key != "Default"))
        {
            if (LevelOf(category.Value) is { } level)
            {
                logger.MinimumLevel.Override(category.Key, level);
            }
        }

        // These two write the raw URL (secret tokens included) and every exception — 404s too — as an error; the
        // request log below and ProblemExceptionHandler say the same without either fault.
        logger.MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LogEventLevel.Warning);
        logger.MinimumLevel.Override("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogEventLevel.Fatal);

        if (readable)
        {
            logger.WriteTo.Console(outputTemplate: ReadableLine, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
    }

    /// <summary>One line per request, with secrets in the URL hidden.</summary>
    public static void UseEqualityMarkRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath}{RequestQuery} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (_, _, _) => LogEventLevel.Information;
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(LogRedaction.Path(OriginalPath(context)))),
                new LogEventProperty("RequestQuery", new ScalarValue(LogRedaction.Query(context.Request))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });

    /// <summary>A failed request is re-run as the error page; the log names what was asked for.</summary>
    private static string OriginalPath(HttpContext context) =>
        context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? string.Empty;

    private static LogEventLevel? LevelOf(string? level) => level switch
    {
        "Trace" => LogEventLevel.Verbose,
        "Debug" => LogEventLevel.Debug,
        "Information" => LogEventLevel.Information,
        "Warning" => LogEventLevel.Warning,
        "Error" => LogEventLevel.Error,
        "Critical" or "None" => LogEventLevel.Fatal,
        _ => null,
    };
}
