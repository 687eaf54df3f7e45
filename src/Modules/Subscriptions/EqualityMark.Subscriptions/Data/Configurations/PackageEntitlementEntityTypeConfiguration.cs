using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class PackageEntitlementEntityTypeConfiguration : IEntityTypeConfiguration<PackageEntitlement>
{
    public void Configure(EntityTypeBuilder<PackageEntitlement> builder)
    {
        builder.ToTable("package_entitlements");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ChoiceGroup).HasMaxLength(100);
        builder.HasIndex(e => new { e.PackageId, e.Kind }).IsUnique();
    }
}
