using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests;

/// <summary>One running app per test run: migrated test database, demo data, real host.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public IntegrationAppFactory Factory { get; } = new();

    public TenantInfo Lancashire { get; private set; } = default!;

    public TenantInfo Northdale { get; private set; } = default!;

    /// <summary>The Stripe this app talks to: connection tests with <see cref="FakeStripe.SecretKey"/> pass.</summary>
    public FakeStripe Stripe { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await DatabaseMigration.EnsureMigratedAsync();
        Stripe = await FakeStripe.StartAsync();
        Factory.StripeBaseUrl = Stripe.BaseUrl;
        _ = Factory.Server;
        var tenants = await SendAsync(null, new ListTenantsQuery());
        Lancashire = ToInfo(tenants.Single(t => t.Code == "lancashire"));
        Northdale = ToInfo(tenants.Single(t => t.Code == "northdale"));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    /// <summary>Sends a request as the system inside a scope fixed to one tenant (or none).</summary>
    public async Task<T> SendAsync<T>(TenantInfo? tenant, IRequest<T> request)
    {
        await using var scope = Factory.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public AsyncServiceScope Scope(TenantInfo? tenant) => Factory.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);

    private static TenantInfo ToInfo(TenantDto t) => new(t.Id, t.Code, t.Name, t.ProgrammeName);
}

[CollectionDefinition(Name)]
public sealed class AppTestGroup : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
