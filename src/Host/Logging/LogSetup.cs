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

        if (readable)
        {
            logger.WriteTo.Console(outputTemplate: ReadableLine, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
    }

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
