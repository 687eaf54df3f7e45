using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class PackagePriceEntityTypeConfiguration : IEntityTypeConfiguration<PackagePrice>
{
    public void Configure(EntityTypeBuilder<PackagePrice> builder)
    {
        builder.ToTable("package_prices", t => t.HasCheckConstraint("ck_package_prices_amount_not_negative", "amount_pence >= 0"));
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.PackageId, p.PhaseBandId }).IsUnique();
        builder.HasOne<PhaseBand>().WithMany().HasForeignKey(p => p.PhaseBandId).OnDelete(DeleteBehavior.Cascade);
    }
}
