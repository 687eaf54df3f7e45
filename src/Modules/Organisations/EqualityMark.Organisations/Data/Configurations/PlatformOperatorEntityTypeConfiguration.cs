using EqualityMark.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Organisations.Data.Configurations;

internal sealed class PlatformOperatorEntityTypeConfiguration : IEntityTypeConfiguration<PlatformOperator>
{
    public void Configure(EntityTypeBuilder<PlatformOperator> builder)
    {
        builder.ToTable("platform_operators");
        builder.Property(o => o.Email).HasMaxLength(320);
        builder.Property(o => o.FullName).HasMaxLength(200);
        builder.HasIndex(o => o.Email).IsUnique();
    }
}
