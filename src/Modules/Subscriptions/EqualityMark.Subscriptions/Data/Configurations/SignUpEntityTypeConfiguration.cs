using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class SignUpEntityTypeConfiguration : IEntityTypeConfiguration<SignUp>
{
    public void Configure(EntityTypeBuilder<SignUp> builder)
    {
        builder.ToTable("sign_ups");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(s => s.SchoolName).HasMaxLength(200);
        builder.Property(s => s.Urn).HasMaxLength(6).IsFixedLength();
        builder.Property(s => s.AddressLine1).HasMaxLength(200);
        builder.Property(s => s.Town).HasMaxLength(100);
        builder.Property(s => s.Postcode).HasMaxLength(10);
        builder.Property(s => s.CoordinatorName).HasMaxLength(200);
        builder.Property(s => s.CoordinatorEmail).HasMaxLength(256);
        builder.Property(s => s.PackageName).HasMaxLength(100);
        builder.Property(s => s.PurchaseOrderNumber).HasMaxLength(50);
        builder.Property(s => s.RejectionReason).HasMaxLength(2000);
        // One sign-up per school waits for review at a time.
        builder.HasIndex(s => s.Urn).IsUnique().HasFilter($"status = '{nameof(SignUpStatus.AwaitingReview)}'");
        builder.HasIndex(s => new { s.Status, s.SubmittedAt });
    }
}
