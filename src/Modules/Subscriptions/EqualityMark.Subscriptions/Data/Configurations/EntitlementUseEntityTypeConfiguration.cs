using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class EntitlementUseEntityTypeConfiguration : IEntityTypeConfiguration<EntitlementUse>
{
    public void Configure(EntityTypeBuilder<EntitlementUse> builder)
    {
        builder.ToTable("entitlement_uses");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reference).HasMaxLength(200);
        builder.HasIndex(e => new { e.SubscriptionId, e.Reference }).IsUnique();
    }
}
