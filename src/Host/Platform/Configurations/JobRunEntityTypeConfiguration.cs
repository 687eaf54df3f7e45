using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Host.Platform.Configurations;

internal sealed class JobRunEntityTypeConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs");
        builder.Property(r => r.JobName).HasMaxLength(100);
        builder.Property(r => r.FireInstanceId).HasMaxLength(200);
        builder.Property(r => r.Node).HasMaxLength(200);
        builder.HasIndex(r => r.StartedAt).IsDescending();
        builder.HasIndex(r => new { r.JobName, r.FireInstanceId }).IsUnique();
    }
}
