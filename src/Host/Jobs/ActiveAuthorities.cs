using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using MediatR;

namespace EqualityMark.Host.Jobs;

/// <summary>The local authorities jobs run for: the active ones, asked for outside any tenant.</summary>
internal static class ActiveAuthorities
{
    public static async Task<IReadOnlyList<TenantInfo>> ListAsync(TenantScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(null);
        var tenants = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetActiveTenantsQuery(), cancellationToken);
        return tenants.Select(t => new TenantInfo(t.Id, t.Code, t.Name, t.ProgrammeName)).ToList();
    }
}
