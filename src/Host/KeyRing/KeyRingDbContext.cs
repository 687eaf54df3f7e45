using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Host.KeyRing;

/// <summary>
/// The data-protection key ring's own context, on the platform role's connection ("ConnectionStrings:Platform"): the
/// request path's role has no access to platform.data_protection_keys. The table itself is created by the platform
/// migrations (PlatformDbContext), so this context never migrates.
/// </summary>
internal sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("data_protection_keys", "platform", table => table.ExcludeFromMigrations());
            key.Property(k => k.Id).HasColumnName("id");
            key.Property(k => k.FriendlyName).HasColumnName("friendly_name");
            key.Property(k => k.Xml).HasColumnName("xml");
        });
}
