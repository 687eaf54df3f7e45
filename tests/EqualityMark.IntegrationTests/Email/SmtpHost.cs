using EqualityMark.Host.Email;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EqualityMark.IntegrationTests.Email;

/// <summary>
/// A second host on the test database with a mail server configured (the fake one) and a clock the test
/// moves. No background work runs: the test dispatches when it chooses.
/// </summary>
internal sealed class SmtpHost : IAsyncDisposable
{
    public const string From = "programme@lancashire.example";

    private readonly WebApplicationFactory<Program> _factory;

    public SmtpHost(AppFixture app, FakeSmtpServer server, string? userName = null, string? password = null)
    {
        _factory = app.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Email:Smtp:Port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:Smtp:From", From);
            builder.UseSetting("Email:Smtp:FirstRetryDelay", "00:01:00");
            builder.UseSetting("Email:Smtp:MaxAttempts", "3");
            if (userName is not null)
            {
                builder.UseSetting("Email:Smtp:UserName", userName);
                builder.UseSetting("Email:Smtp:Password", password);
            }

            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.RemoveAll<IHostedService>();
            });
        });
        _ = _factory.Server;
    }

    public SteppingClock Clock { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public async Task QueueAsync(TenantInfo tenant, string to, string subject, string body)
    {
        await using var scope = _factory.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().QueueAsync(new EmailMessage(to, subject, body, "Test"), CancellationToken.None);
    }

    public Task<int> DispatchAsync(TenantInfo tenant) =>
        _factory.Services.GetRequiredService<EmailDispatcher>().DispatchAsync(tenant, CancellationToken.None);

    /// <summary>Another dispatcher, as a second host would run, sharing only the database with the first.</summary>
    public EmailDispatcher SecondDispatcher() => ActivatorUtilities.CreateInstance<EmailDispatcher>(_factory.Services);

    public async Task<OutboundEmailDto> EmailToAsync(TenantInfo tenant, string to)
    {
        await using var scope = _factory.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var emails = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOutboundEmailsQuery(to));
        return Assert.Single(emails);
    }

    /// <summary>A browser-like client on the platform operators' host of this app.</summary>
    public HttpClient ForPlatform()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost/"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestSupport.EqualityMarkAppFactory.ApiClientHeader, "tests");
        return client;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
