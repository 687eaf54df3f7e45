using EqualityMark.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Organisations.Data.Configurations;

internal sealed class OperatorCredentialEntityTypeConfiguration : IEntityTypeConfiguration<OperatorCredential>
{
    public void Configure(EntityTypeBuilder<OperatorCredential> builder)
    {
        builder.ToTable("operator_credentials");
        builder.HasKey(c => c.OperatorId);
        builder.Property(c => c.PasswordHash).HasMaxLength(200);
        builder.Property(c => c.SecurityStamp).HasMaxLength(64);
    }
}
