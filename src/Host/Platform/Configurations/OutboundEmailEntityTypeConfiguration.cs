using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Host.Platform.Configurations;

internal sealed class OutboundEmailEntityTypeConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    public void Configure(EntityTypeBuilder<OutboundEmail> builder)
    {
        builder.ToTable("outbound_emails");
        builder.Property(e => e.To).HasMaxLength(320);
        builder.Property(e => e.FromName).HasMaxLength(200);
        builder.Property(e => e.ReplyTo).HasMaxLength(320);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.Body).HasMaxLength(20000);
        builder.Property(e => e.Kind).HasMaxLength(60);
        builder.HasIndex(e => e.QueuedAt).IsDescending();
        builder.HasIndex(e => e.Status).HasFilter("status = 'Pending'");
    }
}
