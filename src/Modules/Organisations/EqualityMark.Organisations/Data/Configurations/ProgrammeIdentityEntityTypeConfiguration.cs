using EqualityMark.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Organisations.Data.Configurations;

internal sealed class ProgrammeIdentityEntityTypeConfiguration : IEntityTypeConfiguration<ProgrammeIdentity>
{
    public void Configure(EntityTypeBuilder<ProgrammeIdentity> builder)
    {
        builder.ToTable("programme_identities");
        builder.Property(p => p.Description).HasMaxLength(1000);
        builder.Property(p => p.ContactPhone).HasMaxLength(40);
        builder.Property(p => p.BrandColour).HasMaxLength(7);
        builder.Property(p => p.LogoContentType).HasMaxLength(40);
        builder.HasIndex(p => p.TenantId).IsUnique();
    }
}
