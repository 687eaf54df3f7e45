using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Shared.Tenancy;

/// <summary>Opens a DI scope fixed to one local authority (jobs, outbox, seeding).</summary>
public sealed class TenantScopeFactory(IServiceScopeFactory scopes)
{
    public AsyncServiceScope CreateScope(TenantInfo? tenant)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Fix(tenant);
        return scope;
    }
}
