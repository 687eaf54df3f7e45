using System.Diagnostics.CodeAnalysis;
using EqualityMark.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EqualityMark.BrowserTests;

/// <summary>
/// One real Kestrel server (the whole host against the test database, demo data seeded) and one headless
/// Debian Chromium for the whole collection. Each test opens its own browser context: no shared cookies.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes collection fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly EqualityMarkAppFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public int Port { get; private set; }

    /// <summary>The Stripe the app talks to (Stripe:BaseUrl): saved keys pass its connection test only if they are <see cref="FakeStripe.SecretKey"/>.</summary>
    public FakeStripe Stripe { get; private set; } = default!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The running app's services, for setting up data a test owns (see TestSchools).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The root of a tenant's site, e.g. http://lancashire.localhost:41234 (browsers send *.localhost to loopback).</summary>
    public string TenantUrl(string tenant, string path = "/") => $"http://{tenant}.localhost:{Port}{path}";

    public async Task InitializeAsync()
    {
        await DatabaseMigration.EnsureMigratedAsync();
        Stripe = await FakeStripe.StartAsync();
        _app.StripeBaseUrl = Stripe.BaseUrl;
        _app.UseKestrel(0);
        _app.StartServer();

        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        Port = new Uri(addresses.First()).Port;

        // Invitation links are absolute; the port is known only now. TenantLinks reads the setting per email.
        _app.Services.GetRequiredService<IConfiguration>()["Tenancy:PublicUrlTemplate"] = $"http://{{tenant}}.localhost:{Port}";

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh context (own cookies and storage). Pages may opt out of the site's CSP so axe-core can be injected.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool bypassContentSecurityPolicy = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = bypassContentSecurityPolicy, Locale = "en-GB" });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
