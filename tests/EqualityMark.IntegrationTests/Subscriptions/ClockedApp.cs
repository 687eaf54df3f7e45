using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>
/// A second host on the same database whose clock the test moves (days, months ahead) and whose settings it
/// chooses. It runs no hosted services, so it runs no Hangfire server and executes no job.
/// </summary>
internal sealed class ClockedApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public ClockedApp(AppFixture app, IReadOnlyDictionary<string, string>? settings = null)
    {
        _factory = app.Factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                // No job server or background work here: a Hangfire server sharing the storage but living on a
                // moved clock would run other authorities' jobs in the future (once it lapsed demo data).
                services.RemoveAll<IHostedService>();
            });
        });
        _ = _factory.Server;
    }

    public MovableClock Clock { get; } = new();

    public async Task<T> SendAsync<T>(TenantInfo tenant, IRequest<T> request)
    {
        await using var scope = _factory.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<T> SendOnAsync<T>(DateOnly day, TenantInfo tenant, IRequest<T> request)
    {
        Clock.SetDay(day);
        await using var scope = _factory.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>A browser-like client for one authority's host on this app (its settings, e.g. the fake Stripe's address).</summary>
    public HttpClient ForTenant(string code)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{code}.localhost/"), AllowAutoRedirect = false, HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add(EqualityMarkAppFactory.ApiClientHeader, "tests");
        return client;
    }

    public IEnumerable<IHostedService> HostedServices => _factory.Services.GetServices<IHostedService>();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
