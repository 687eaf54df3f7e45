using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class StripeEventReceiptEntityTypeConfiguration : IEntityTypeConfiguration<StripeEventReceipt>
{
    public void Configure(EntityTypeBuilder<StripeEventReceipt> builder)
    {
        builder.ToTable("stripe_events");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.EventId).HasMaxLength(255);
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.RefundedPaymentIntentId).HasMaxLength(255);
        builder.HasIndex(e => e.RefundedPaymentIntentId);
        builder.HasIndex(e => e.EventId).IsUnique();
    }
}
