using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Subscriptions.Data.Configurations;

internal sealed class PhaseBandEntityTypeConfiguration : IEntityTypeConfiguration<PhaseBand>
{
    public void Configure(EntityTypeBuilder<PhaseBand> builder)
    {
        builder.ToTable("phase_bands");
        // Ids are made in code (version 7 GUIDs), so rows added through a navigation are inserted, not updated.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.HasIndex(b => b.Name).IsUnique();
        builder.Property(b => b.RowVersion).IsRowVersion().HasColumnName("xmin");
        builder.Property(b => b.Phases)
            .HasConversion(
                phases => string.Join(',', phases),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<SchoolPhase>).ToList(),
                new ValueComparer<List<SchoolPhase>>((a, b) => a!.SequenceEqual(b!), p => p.Aggregate(0, (h, x) => HashCode.Combine(h, x)), p => p.ToList()))
            .HasMaxLength(400);
    }
}
