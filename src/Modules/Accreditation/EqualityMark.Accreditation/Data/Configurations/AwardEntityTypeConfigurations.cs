using EqualityMark.Accreditation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Accreditation.Data.Configurations;

internal sealed class AwardEntityTypeConfigurations :
    IEntityTypeConfiguration<Award>,
    IEntityTypeConfiguration<AwardRules>,
    IEntityTypeConfiguration<SigningKey>,
    IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.ToTable("awards");
        builder.HasIndex(a => a.SchoolId);
        builder.HasIndex(a => a.CertificateNumber).IsUnique();
        builder.HasIndex(a => a.VerificationCode).IsUnique();

        // A summary earns at most one badge: awarding twice (or two advisors at once) cannot make a second.
        builder.HasIndex(a => a.SummaryId).IsUnique().HasFilter("summary_id IS NOT NULL");
        builder.HasIndex(a => a.ExpiresOn);
        builder.Property(a => a.SchoolName).HasMaxLength(200);
        builder.Property(a => a.SchoolUrn).HasMaxLength(6);
        builder.Property(a => a.SchoolPhase).HasMaxLength(40);
        builder.Property(a => a.StrandKey).HasMaxLength(80);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.CertificateNumber).HasMaxLength(40);
        builder.Property(a => a.VerificationCode).HasMaxLength(40);
        builder.Property(a => a.AwardedBy).HasMaxLength(200);
        builder.Property(a => a.RevokedBy).HasMaxLength(200);
        builder.Property(a => a.RevokedReason).HasMaxLength(2000);
        builder.Property(a => a.RowVersion).IsRowVersion().HasColumnName("xmin");
    }

    public void Configure(EntityTypeBuilder<AwardRules> builder)
    {
        builder.ToTable("award_rules");
        builder.HasIndex(r => r.TenantId).IsUnique();
        builder.Property(r => r.UpdatedBy).HasMaxLength(200);
        builder.Property(r => r.RowVersion).IsRowVersion().HasColumnName("xmin");
    }

    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.KeyId).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ReminderSent> builder)
    {
        builder.ToTable("reminders_sent");
        builder.HasIndex(r => new { r.Kind, r.SubjectId, r.Period }).IsUnique();
        builder.Property(r => r.Kind).HasMaxLength(80);
        builder.Property(r => r.Period).HasMaxLength(80);
    }
}
