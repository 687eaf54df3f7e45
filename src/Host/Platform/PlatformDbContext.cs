using EqualityMark.Host.AuditLog;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Host.Platform;

/// <summary>The host's own tables: data-protection keys, job runs, the email outbox, the audit log. Hangfire's tables are its own (schema "hangfire").</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant), IDataProtectionKeyContext
{
    public const string SchemaName = "platform";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    public DbSet<AuditLogEntry> AuditLogEntries => Set<AuditLogEntry>();

    public DbSet<PlatformAuditLogEntry> PlatformAuditLogEntries => Set<PlatformAuditLogEntry>();

    public DbSet<AuditLogSettings> AuditLogSettings => Set<AuditLogSettings>();

    protected override string Schema => SchemaName;
}
