using System.Net;
using EqualityMark.IntegrationTests.Email;
using EqualityMark.Shared.Security;
using EqualityMark.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>
/// The app as deployed behind a TLS proxy at <see cref="ProxyAddress"/>: served over HTTPS, rate limits on (small, so tests
/// reach them), every log line kept. Requests arrive from the proxy unless "X-Test-Peer" names another address.
/// "X-Test-Fail" makes the request fail unexpectedly, to see how a 500 is logged and shown.
/// </summary>
internal sealed class SecureHost : IAsyncDisposable
{
    public const string ProxyAddress = "10.0.0.5";
    public const int PerClient = 4;
    public const int PerAccount = 3;
    private readonly WebApplicationFactory<Program> _factory;

    public SecureHost(AppFixture app, string windowLength = "00:10:00")
    {
        _factory = app.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Security:Https", "true");
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", ProxyAddress);
            builder.UseSetting("RateLimits:Enabled", "true");
            builder.UseSetting("RateLimits:PerClient", PerClient.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:PerAccount", PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:Window", windowLength);
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
            }));
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IHostedService>();
                services.AddSingleton<IStartupFilter, PeerAddressFromHeader>();
                FailWhenAsked(services);
            });
        });
        _ = _factory.Server;
    }

    public CapturedLogs Logs { get; } = new();

    /// <summary>Each test gets addresses of its own: the counts are in the shared database.</summary>
    public static string NewAddress() => $"198.18.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    /// <summary>A client behind the proxy (its address forwarded), or connecting from <paramref name="peer"/> directly.</summary>
    public HttpClient Client(string host, string scheme = "https", string? peer = null)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"{scheme}://{host}/"), AllowAutoRedirect = false, HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add(EqualityMarkAppFactory.ApiClientHeader, "tests");
        if (peer is not null)
        {
            client.DefaultRequestHeaders.Add("X-Test-Peer", peer);
        }
        else
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", NewAddress());
        }

        return client;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    /// <summary>Whoever asks for the current user in a request marked X-Test-Fail gets an exception the app does not expect.</summary>
    private static void FailWhenAsked(IServiceCollection services)
    {
        var real = services.Last(d => d.ServiceType == typeof(ICurrentUser));
        services.Remove(real);
        services.AddScoped(provider =>
        {
            // Once per request: the error page that follows must still show.
            if (provider.GetRequiredService<IHttpContextAccessor>().HttpContext is { } http && http.Request.Headers.ContainsKey("X-Test-Fail")
                && http.Items.TryAdd("failed", true))
            {
                throw new InvalidOperationException("A failure the app does not expect");
            }

            return (ICurrentUser)real.ImplementationFactory!(provider);
        });
    }

    private sealed class PeerAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers["X-Test-Peer"] is [{ Length: > 0 } peer] ? peer : ProxyAddress);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
