using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class SubscriptionEntityTypeConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions", t => t.HasCheckConstraint("ck_subscriptions_price_not_negative", "price_pence >= 0 AND vat_pence >= 0"));
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(s => s.SchoolName).HasMaxLength(200);
        builder.Property(s => s.SchoolUrn).HasMaxLength(6).IsFixedLength();
        builder.Property(s => s.ContactName).HasMaxLength(200);
        builder.Property(s => s.ContactEmail).HasMaxLength(256);
        builder.Property(s => s.PackageName).HasMaxLength(100);
        builder.Property(s => s.PhaseBandName).HasMaxLength(200);
        builder.Property(s => s.PurchaseOrderNumber).HasMaxLength(50);
        builder.Property(s => s.StripeCustomerId).HasMaxLength(255);
        builder.Property(s => s.SchoolAddressLine1).HasMaxLength(200);
        builder.Property(s => s.SchoolTown).HasMaxLength(100);
        builder.Property(s => s.SchoolPostcode).HasMaxLength(10);
        builder.Ignore(s => s.Vat);
        builder.HasIndex(s => new { s.SchoolId, s.PeriodStart });
        builder.HasIndex(s => s.SchoolUrn);
        builder.HasIndex(s => new { s.Status, s.PeriodEnd });
        builder.HasOne<PhaseBand>().WithMany().HasForeignKey(s => s.PhaseBandId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Entitlements).WithOne().HasForeignKey(e => e.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.History).WithOne().HasForeignKey(e => e.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Uses).WithOne().HasForeignKey(e => e.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
