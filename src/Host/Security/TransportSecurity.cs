using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace EqualityMark.Host.Security;

/// <summary>
/// Running behind a TLS-terminating proxy: forwarded headers are believed only from the proxies named in
/// "ForwardedHeaders:KnownProxies"; HSTS when served over HTTPS; no Server header.
/// </summary>
internal static class TransportSecurity
{
    public static void AddEqualityMarkTransportSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        var proxies = builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = 1;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
    }

    public static void UseEqualityMarkTransportSecurity(this WebApplication app)
    {
        if (app.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() is { Length: > 0 })
        {
            app.UseForwardedHeaders();
        }

        if (ServedOverHttps(app.Configuration))
        {
            app.UseHsts();
        }
    }

    /// <summary>
    /// "Security:Https" (on in production): the site is served over HTTPS, directly or behind a TLS proxy. Cookies are then
    /// Secure with the __Host- prefix that pins them to the exact host, and responses carry HSTS.
    /// </summary>
    public static bool ServedOverHttps(IConfiguration configuration) => configuration.GetValue("Security:Https", false);
}
