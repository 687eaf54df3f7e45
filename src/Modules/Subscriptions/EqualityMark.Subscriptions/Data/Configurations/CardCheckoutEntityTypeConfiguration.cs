using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class CardCheckoutEntityTypeConfiguration : IEntityTypeConfiguration<CardCheckout>
{
    public void Configure(EntityTypeBuilder<CardCheckout> builder)
    {
        builder.ToTable("card_checkouts");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(c => c.StripeSessionId).HasMaxLength(255);
        builder.Property(c => c.CheckoutUrl).HasMaxLength(2000);
        builder.Property(c => c.PaymentIntentId).HasMaxLength(255);
        builder.HasIndex(c => c.PaymentIntentId);
        builder.HasIndex(c => c.StripeSessionId).IsUnique();
        builder.HasOne<Subscription>().WithMany().HasForeignKey(c => c.SubscriptionId).OnDelete(DeleteBehavior.Restrict);
    }
}
