using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Accreditation.Data.Configurations;

internal sealed class SummaryEntityTypeConfigurations :
    IEntityTypeConfiguration<AccreditationSummary>,
    IEntityTypeConfiguration<SummaryVersion>,
    IEntityTypeConfiguration<SummaryEntry>
{
    public void Configure(EntityTypeBuilder<AccreditationSummary> builder)
    {
        builder.ToTable("summaries");

        // One open summary per school and badge: a second start (or a race of two) is refused by the database.
        builder.HasIndex(s => new { s.SchoolId, s.StrandKey }).IsUnique().HasFilter($"status <> '{nameof(SummaryStatus.Awarded)}'");
        builder.HasIndex(s => new { s.Status, s.SentAt });
        builder.Property(s => s.SchoolName).HasMaxLength(200);
        builder.Property(s => s.StrandKey).HasMaxLength(80);
        builder.Property(s => s.StrandName).HasMaxLength(200);
        builder.Property(s => s.ActionsTaken).HasMaxLength(8000);
        builder.Property(s => s.OutcomesAchieved).HasMaxLength(8000);
        builder.Property(s => s.PupilVoice).HasMaxLength(4000);
        builder.Property(s => s.StartedBy).HasMaxLength(200);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
        builder.Property(s => s.RowVersion).IsRowVersion().HasColumnName("xmin");
    }

    public void Configure(EntityTypeBuilder<SummaryVersion> builder)
    {
        builder.ToTable("summary_versions");
        builder.HasOne<AccreditationSummary>().WithMany().HasForeignKey(v => v.SummaryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.SummaryId, v.Number }).IsUnique();
        builder.Property(v => v.ActionsTaken).HasMaxLength(8000);
        builder.Property(v => v.OutcomesAchieved).HasMaxLength(8000);
        builder.Property(v => v.PupilVoice).HasMaxLength(4000);
        builder.Property(v => v.PrefillJson).HasColumnType("jsonb");
        builder.Property(v => v.DocumentsJson).HasColumnType("jsonb");
        builder.Property(v => v.SentBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<SummaryEntry> builder)
    {
        builder.ToTable("summary_entries");
        builder.HasOne<AccreditationSummary>().WithMany().HasForeignKey(e => e.SummaryId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Author).HasMaxLength(200);
        builder.Property(e => e.Text).HasMaxLength(4000);
        builder.Property(e => e.NextSteps).HasMaxLength(4000);
    }
}
