using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class PackageEntityTypeConfiguration : IEntityTypeConfiguration<Package>
{
    public void Configure(EntityTypeBuilder<Package> builder)
    {
        builder.ToTable("packages");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasMany(p => p.Entitlements).WithOne().HasForeignKey(e => e.PackageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Prices).WithOne().HasForeignKey(e => e.PackageId).OnDelete(DeleteBehavior.Cascade);
    }
}
