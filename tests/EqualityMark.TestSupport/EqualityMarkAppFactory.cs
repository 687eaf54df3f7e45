using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace EqualityMark.TestSupport;

/// <summary>
/// The real host (all modules, Hangfire job server, outbox) against the test database as the app role, with the
/// demo authorities seeded. Clients pick the tenant by host name: ForTenant("lancashire").
/// </summary>
public class EqualityMarkAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test-Demo-Password-1";

    /// <summary>Where Stripe.net sends its calls (a <see cref="FakeStripe"/>); set before the server starts. Unset: Stripe's own address.</summary>
    public Uri? StripeBaseUrl { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:App", TestDatabase.AppConnectionString);
        builder.UseSetting("ConnectionStrings:Platform", TestDatabase.PlatformConnectionString);
        builder.UseSetting("ConnectionStrings:Insight", TestDatabase.InsightConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Security:SessionRecheckSeconds", "0");
        // Tests sign in far more often than people; the rate limit tests turn limits on with their own numbers.
        builder.UseSetting("RateLimits:Enabled", "false");
        // The race tests send several requests at once: they all run at once, as many as a busy production node would.
        builder.UseSetting("Capacity:ConcurrentRequests", "32");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Tenancy:PublicUrlTemplate", "http://{tenant}.localhost");
        builder.UseSetting("DataProtection:CertificatePath", TestKeyRingCertificate.Path);
        builder.UseSetting("DataProtection:CertificatePassword", TestKeyRingCertificate.Password);
        if (StripeBaseUrl is not null)
        {
            builder.UseSetting("Stripe:BaseUrl", StripeBaseUrl.ToString());
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }

    /// <summary>A client as a script using the API would be: it sends the header that proves its writes are not cross-site.</summary>
    public HttpClient ForHost(string host, bool followRedirects = false)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{host}/"),
            AllowAutoRedirect = followRedirects,
            HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add(ApiClientHeader, "tests");
        return client;
    }

    /// <summary>The header API writes need when they don't come from the site's own pages (see ApiWriteOriginMiddleware).</summary>
    public const string ApiClientHeader = "X-EqualityMark-Client";

    public HttpClient ForTenant(string code, bool followRedirects = false) => ForHost($"{code}.localhost", followRedirects);

    public HttpClient ForPlatform() => ForHost("localhost");
}
