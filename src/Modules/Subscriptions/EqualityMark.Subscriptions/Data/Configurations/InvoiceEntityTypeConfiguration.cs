using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class InvoiceEntityTypeConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("invoices");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(i => i.SchoolName).HasMaxLength(200);
        builder.Property(i => i.PurchaseOrderNumber).HasMaxLength(50);
        builder.Property(i => i.PaymentReference).HasMaxLength(255);
        builder.Property(i => i.RefundReference).HasMaxLength(255);
        builder.Property(i => i.SupplierName).HasMaxLength(200);
        builder.Property(i => i.SupplierAddressLine1).HasMaxLength(200);
        builder.Property(i => i.SupplierAddressLine2).HasMaxLength(200);
        builder.Property(i => i.SupplierTown).HasMaxLength(100);
        builder.Property(i => i.SupplierPostcode).HasMaxLength(10);
        builder.Property(i => i.SupplierVatNumber).HasMaxLength(14);
        builder.Property(i => i.CustomerAddressLine1).HasMaxLength(200);
        builder.Property(i => i.CustomerTown).HasMaxLength(100);
        builder.Property(i => i.CustomerPostcode).HasMaxLength(10);
        builder.Property(i => i.UpgradeToPackageName).HasMaxLength(200);
        builder.Ignore(i => i.NetPence);
        builder.Ignore(i => i.ReferenceText);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => new { i.SchoolId, i.IssuedOn });
        builder.HasIndex(i => new { i.Status, i.DueOn });
        builder.HasOne<Subscription>().WithMany().HasForeignKey(i => i.SubscriptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
