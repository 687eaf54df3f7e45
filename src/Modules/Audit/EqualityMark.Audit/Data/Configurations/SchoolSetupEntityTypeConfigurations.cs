using EqualityMark.Audit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Audit.Data.Configurations;

/// <summary>Reference groups, authority settings and the reminder ledger.</summary>
internal sealed class SchoolSetupEntityTypeConfigurations :
    IEntityTypeConfiguration<ReferenceGroup>,
    IEntityTypeConfiguration<ReferenceGroupMember>,
    IEntityTypeConfiguration<ReferenceGroupMeeting>,
    IEntityTypeConfiguration<AuditSettings>,
    IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReferenceGroup> builder)
    {
        builder.ToTable("reference_groups");
        builder.HasIndex(g => g.SchoolId).IsUnique();
        builder.Property(g => g.MeetingFrequency).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<ReferenceGroupMember> builder)
    {
        builder.ToTable("reference_group_members");
        builder.HasIndex(m => m.SchoolId);
        builder.Property(m => m.FullName).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<ReferenceGroupMeeting> builder)
    {
        builder.ToTable("reference_group_meetings");
        builder.HasIndex(m => new { m.SchoolId, m.HeldOn });
        builder.Property(m => m.Attendees).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<AuditSettings> builder)
    {
        builder.ToTable("settings");
        builder.HasIndex(s => s.TenantId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ReminderSent> builder)
    {
        builder.ToTable("reminders_sent");
        builder.HasIndex(r => new { r.Kind, r.SubjectId, r.Period }).IsUnique();
        builder.Property(r => r.Kind).HasMaxLength(60);
        builder.Property(r => r.Period).HasMaxLength(40);
    }
}
