using EqualityMark.Shared.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class SubscriptionSettingsEntityTypeConfiguration : IEntityTypeConfiguration<SubscriptionSettings>
{
    public void Configure(EntityTypeBuilder<SubscriptionSettings> builder)
    {
        builder.ToTable("settings");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(TenantModel.TenantIdProperty).IsUnique();
        builder.Property(s => s.VatRegistrationNumber).HasMaxLength(14);
        builder.Property(s => s.AddressLine1).HasMaxLength(200);
        builder.Property(s => s.AddressLine2).HasMaxLength(200);
        builder.Property(s => s.AddressTown).HasMaxLength(100);
        builder.Property(s => s.AddressPostcode).HasMaxLength(10);
        builder.Ignore(s => s.Address);
    }
}
