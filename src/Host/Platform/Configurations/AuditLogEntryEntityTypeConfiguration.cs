using EqualityMark.Host.AuditLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Host.Platform.Configurations;

internal sealed class AuditLogEntryEntityTypeConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.ToTable("audit_log_entries");
        AuditLogColumns.Configure(builder);
        // Each filter of the log page, newest first; every index leads with tenant_id (added by the tenancy convention).
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.ActorId, e.At });
        builder.HasIndex(e => new { e.SchoolId, e.At });
        builder.HasIndex(e => new { e.Kind, e.At });
    }
}

internal sealed class PlatformAuditLogEntryEntityTypeConfiguration : IEntityTypeConfiguration<PlatformAuditLogEntry>
{
    public void Configure(EntityTypeBuilder<PlatformAuditLogEntry> builder)
    {
        builder.ToTable("platform_audit_log_entries");
        AuditLogColumns.Configure(builder);
        builder.HasIndex(e => e.At);
    }
}

internal sealed class AuditLogSettingsEntityTypeConfiguration : IEntityTypeConfiguration<AuditLogSettings>
{
    public void Configure(EntityTypeBuilder<AuditLogSettings> builder)
    {
        builder.ToTable("audit_log_settings");
        builder.HasIndex(s => s.TenantId).IsUnique();
    }
}

internal static class AuditLogColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : class, IAuditLogRow
    {
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.ActorRole).HasMaxLength(40);
        builder.Property(e => e.Kind).HasMaxLength(100);
        builder.Property(e => e.Details).HasColumnType("jsonb");
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.UserAgent).HasMaxLength(400);
    }
}
