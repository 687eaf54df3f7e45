using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Features.Packs;
using EqualityMark.Evidence.Storage;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Evidence;

/// <summary>
/// The evidence store other modules share (action plans, accreditation summaries): files checked from their
/// content, kept in PostgreSQL under row-level security behind <see cref="IEvidenceContentStore"/>.
/// Downloads are served by the owning module, which knows who may see each file. Also a school's evidence pack for
/// inspectors and governors, gathered from the other modules and made in the background.
/// </summary>
public sealed class EvidenceModule : IModule
{
    public string Name => "Evidence";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EvidenceDbContext>(EvidenceDbContext.SchemaName);
        services.AddScoped<IEvidenceContentStore, PostgresEvidenceContentStore>();
        services.AddTransient<IDemoDataSeeder, Demo.EvidenceDemoSeeder>();
        services.AddTenantJob<RemoveExpiredEvidencePacksCommand>(
            "remove-expired-evidence-packs", "Removes the documents of evidence packs whose download links have expired", "20 3 * * *");
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => PackEndpoints.Map(api);
}
