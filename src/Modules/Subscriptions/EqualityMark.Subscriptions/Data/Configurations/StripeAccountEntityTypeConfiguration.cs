using EqualityMark.Shared.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class StripeAccountEntityTypeConfiguration : IEntityTypeConfiguration<StripeAccount>
{
    public void Configure(EntityTypeBuilder<StripeAccount> builder)
    {
        builder.ToTable("stripe_accounts");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(a => a.SecretKeyHint).HasMaxLength(40);
        builder.Property(a => a.ConnectionFailure).HasMaxLength(300);
        builder.HasIndex(TenantModel.TenantIdProperty).IsUnique();
    }
}
