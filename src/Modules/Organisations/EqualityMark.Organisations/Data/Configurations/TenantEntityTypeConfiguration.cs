using EqualityMark.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Organisations.Data.Configurations;

internal sealed class TenantEntityTypeConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("tenants");
        builder.Property(t => t.Code).HasMaxLength(40);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.ProgrammeName).HasMaxLength(200);
        builder.Property(t => t.ContactEmail).HasMaxLength(320);
        builder.Property(t => t.EmailSenderName).HasMaxLength(100);
        builder.Property(t => t.EmailReplyTo).HasMaxLength(320);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}
