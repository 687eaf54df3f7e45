using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class SubscriptionStatusChangeEntityTypeConfiguration : IEntityTypeConfiguration<SubscriptionStatusChange>
{
    public void Configure(EntityTypeBuilder<SubscriptionStatusChange> builder)
    {
        builder.ToTable("subscription_history");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Note).HasMaxLength(2000);
    }
}
