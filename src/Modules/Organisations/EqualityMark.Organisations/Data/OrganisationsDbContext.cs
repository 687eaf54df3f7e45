using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Data;

/// <summary>
/// The Organisations module's context. It derives from Identity's user context (users sign in through
/// ASP.NET Core Identity) and applies the same conventions as every <see cref="ModuleDbContext"/>.
/// </summary>
internal sealed class OrganisationsDbContext(DbContextOptions<OrganisationsDbContext> options, ITenantContext tenant)
    : IdentityUserContext<User, Guid>(options), IScopeJoinedDbContext
{
    public const string Schema = "organisations";

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<PlatformOperator> PlatformOperators => Set<PlatformOperator>();

    public DbSet<ProgrammeIdentity> ProgrammeIdentities => Set<ProgrammeIdentity>();

    public DbSet<SchoolNote> SchoolNotes => Set<SchoolNote>();

    public DbSet<SchoolHistoryEntry> SchoolHistory => Set<SchoolHistoryEntry>();

    public Guid CurrentTenantId => tenant.TenantId ?? Guid.Empty;

    public DbContextScope? Scope { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Passkeys are not offered; their tables would only be unused surface.
        builder.Ignore<IdentityUserPasskey<Guid>>();
        builder.Ignore<IdentityPasskeyData>();
        builder.ApplyConfigurationsFromAssembly(typeof(OrganisationsDbContext).Assembly);
        ModelConventions.Apply(builder, Schema, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.Configure(configurationBuilder);
}
