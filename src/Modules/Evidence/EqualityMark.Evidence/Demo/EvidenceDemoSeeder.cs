using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Features.Packs;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Modules;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Evidence.Demo;

/// <summary>
/// Asks for Pendle Brook Primary School's evidence pack (URN 900101), so the demo shows one made by the job server from
/// the whole programme the school has walked. Runs after every other seeder; a school with a pack is left alone.
/// </summary>
internal sealed class EvidenceDemoSeeder(TenantScopeFactory scopes) : IDemoDataSeeder
{
    public int Order => 90;

    public async Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        TenantDto? lancashire;
        await using (var scope = scopes.CreateScope(null))
        {
            lancashire = (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTenantsQuery(), cancellationToken)).FirstOrDefault(t => t.Code == "lancashire");
        }

        if (lancashire is null)
        {
            return;
        }

        await using var tenantScope = scopes.CreateScope(new TenantInfo(lancashire.Id, lancashire.Code, lancashire.Name, lancashire.ProgrammeName));
        var mediator = tenantScope.ServiceProvider.GetRequiredService<IMediator>();
        var pendle = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).FirstOrDefault(s => s.Urn == "900101");
        var db = tenantScope.ServiceProvider.GetRequiredService<EvidenceDbContext>();
        if (pendle is not null && !await db.Packs.AnyAsync(p => p.SchoolId == pendle.Id, cancellationToken))
        {
            await mediator.Send(new RequestEvidencePackCommand(pendle.Id), cancellationToken);
        }
    }
}
