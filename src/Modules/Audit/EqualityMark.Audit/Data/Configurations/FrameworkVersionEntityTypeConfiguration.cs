using EqualityMark.Audit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Audit.Data.Configurations;

internal sealed class FrameworkVersionEntityTypeConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> builder)
    {
        builder.ToTable("framework_versions");
        builder.HasIndex(v => v.Number).IsUnique();
        builder.Property(v => v.RowVersion).IsRowVersion().HasColumnName("xmin");
        builder.Property(v => v.ContentJson).HasColumnName("content").HasColumnType("jsonb").HasMaxLength(1_000_000);
        builder.Ignore(v => v.Content);
    }
}
