using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>
/// A new authority of its own with Lancashire's catalogue, for tests that act on every subscription of an
/// authority (the renewal run with a moved clock) and so must not touch the shared demo authorities.
/// </summary>
internal static class IsolatedAuthority
{
    public static async Task<TenantInfo> CreateAsync(AppFixture app)
    {
        var code = $"renew-{Guid.NewGuid():N}"[..18];
        var tenant = await app.SendAsync(null, new CreateTenantCommand(
            code, $"Test Council {code}", $"Test Mark {code}", $"team@{code}.example", "Fran First", $"first-admin@{code}.example", Live: true, StartEmpty: true));
        var info = new TenantInfo(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName);
        await using var scope = app.Scope(info);
        await DemoCatalogueWriter.EnsureAsync(scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>(), DemoCatalogues.All[0], CancellationToken.None);

        // The host caches its authorities and refreshes on a miss only every few seconds: make the new one known now.
        app.Factory.Services.GetRequiredService<Host.Tenancy.TenantRegistry>().Invalidate();
        return info;
    }
}
