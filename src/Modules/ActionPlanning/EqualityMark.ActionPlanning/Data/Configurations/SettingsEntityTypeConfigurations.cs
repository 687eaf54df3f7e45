using EqualityMark.ActionPlanning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.ActionPlanning.Data.Configurations;

internal sealed class SettingsEntityTypeConfigurations : IEntityTypeConfiguration<ActionPlanSettings>, IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ActionPlanSettings> builder)
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
