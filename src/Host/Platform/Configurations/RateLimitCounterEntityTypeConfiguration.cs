using EqualityMark.Host.Security.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Host.Platform.Configurations;

internal sealed class RateLimitCounterEntityTypeConfiguration : IEntityTypeConfiguration<RateLimitCounter>
{
    public void Configure(EntityTypeBuilder<RateLimitCounter> builder)
    {
        builder.ToTable("rate_limit_counters");
        builder.HasKey(c => new { c.Bucket, c.WindowStart });
        builder.Property(c => c.Bucket).HasMaxLength(400);
        builder.HasIndex(c => c.WindowStart);
    }
}
