using EqualityMark.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Organisations.Data.Configurations;

internal sealed class SchoolHistoryEntryEntityTypeConfiguration : IEntityTypeConfiguration<SchoolHistoryEntry>
{
    public void Configure(EntityTypeBuilder<SchoolHistoryEntry> builder)
    {
        builder.ToTable("school_history");
        builder.Property(h => h.Text).HasMaxLength(500);
        builder.HasOne<School>().WithMany().HasForeignKey(h => h.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.SchoolId, h.At });
    }
}
