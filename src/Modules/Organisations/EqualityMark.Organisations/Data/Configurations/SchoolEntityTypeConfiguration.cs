using EqualityMark.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Organisations.Data.Configurations;

internal sealed class SchoolEntityTypeConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("schools");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Urn).HasMaxLength(6).IsFixedLength();
        builder.Property(s => s.AddressLine1).HasMaxLength(200);
        builder.Property(s => s.Town).HasMaxLength(100);
        builder.Property(s => s.Postcode).HasMaxLength(10);
        builder.HasIndex(s => s.Urn).IsUnique();
        builder.HasIndex(s => s.Name);
    }
}
