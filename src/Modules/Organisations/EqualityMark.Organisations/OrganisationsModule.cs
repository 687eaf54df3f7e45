using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Demo;
using EqualityMark.Organisations.Domain;
using EqualityMark.Organisations.Features.Account;
using EqualityMark.Organisations.Features.DataExport;
using EqualityMark.Organisations.Features.Leaving;
using EqualityMark.Organisations.Features.People;
using EqualityMark.Organisations.Features.Platform;
using EqualityMark.Organisations.Features.Schools;
using EqualityMark.Organisations.Features.Setup;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Jobs;
using EqualityMark.Shared.Modules;
using EqualityMark.Organisations.Features.Account.ForgottenPassword;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Organisations;

/// <summary>Local authorities (tenants), schools, people and sign-in.</summary>
public sealed class OrganisationsModule : IModule
{
    public string Name => "Organisations";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrganisationsDbContext>(OrganisationsDbContext.Schema);
        services
            .AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = string.Empty;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<OrganisationsDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ForgottenPasswordTokenProvider>(ForgottenPasswordTokenProvider.ProviderName)
            .AddClaimsPrincipalFactory<UserClaimsFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = Invitations.Lifetime);
        services.AddScoped<Invitations>();
        services.AddScoped<PeopleRules>();
        services.AddScoped<IPasswordHasher<PlatformOperator>, PasswordHasher<PlatformOperator>>();
        services.AddScoped<OperatorCredentialStore>();
        services.AddHttpContextAccessor();
        services.AddTransient<IDemoDataSeeder, OrganisationsDemoSeeder>();
        services.AddTenantJob<ExpireInvitationsCommand>(
            "expire-invitations", "Removes invitations that were not accepted within 14 days", "15 3 * * *");
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SchoolEndpoints.Map(api);
        DataExportEndpoints.Map(api);
        LeavingEndpoints.Map(api);
        PeopleEndpoints.Map(api);
        PlatformEndpoints.Map(api);
        SetupEndpoints.Map(api);
    }
}
