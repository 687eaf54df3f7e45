using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Features;
using EqualityMark.Accreditation.Features.Awards;
using EqualityMark.Accreditation.Features.Credentials;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Accreditation;

/// <summary>Step 6: accreditation summaries per badge, the desk check, verification at the visit, badges and the Mark, certificates and verifiable awards.</summary>
public sealed class AccreditationModule : IModule
{
    public string Name => "Accreditation";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AccreditationDbContext>(AccreditationDbContext.SchemaName);
        services.AddScoped<AccreditationAccess>();
        services.AddScoped<EqualityMark.Shared.Home.IHomeItemSource, Features.Home.AccreditationHomeItems>();
        services.AddScoped<AwardRulesReader>();
        services.AddScoped<BadgeCatalogue>();
        services.AddScoped<Awarding>();
        services.AddScoped<SchoolNotifier>();
        services.AddScoped<Features.Summaries.SummaryPrefillReader>();
        services.AddScoped<Features.Summaries.ReadinessCheck>();
        services.AddScoped<Features.Summaries.SummaryReader>();
        services.AddTransient<IDemoDataSeeder, Demo.AccreditationDemoSeeder>();
        services.AddScoped<PublicAwards>();
        services.AddScoped<PublicAwardLinks>();
        services.AddScoped<SigningKeyStore>();
        services.AddScoped<CredentialSigner>();
        services.AddScoped<Features.Revocation.RevocationEmails>();
        services.AddTenantJob<RunAccreditationRemindersCommand>(
            "accreditation-reminders", "Reminds schools 90 and 30 days before a badge or the Mark expires", "10 7 * * *");
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => AccreditationEndpoints.Map(api);
}
