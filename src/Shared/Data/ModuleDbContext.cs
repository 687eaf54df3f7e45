using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Shared.Data;

/// <summary>Base for a module's DbContext: one schema, tenant-filtered by default.</summary>
public abstract class ModuleDbContext(DbContextOptions options, ITenantContext tenant)
    : DbContext(options), IScopeJoinedDbContext
{
    protected abstract string Schema { get; }

    public Guid CurrentTenantId => tenant.TenantId ?? Guid.Empty;

    public DbContextScope? Scope { get; set; }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, t => ConfigurationBelongsHere(t));
        ModelConventions.Apply(modelBuilder, Schema, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.Configure(configurationBuilder);

    /// <summary>Lets a module with one context take all its configurations (the default).</summary>
    protected virtual bool ConfigurationBelongsHere(Type configurationType) => true;
}
