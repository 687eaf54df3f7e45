using EqualityMark.Host.AuditLog;
using EqualityMark.Host.Security.Sessions;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Host.Platform;

/// <summary>The host's own tables: data-protection keys (created here, used through <see cref="KeyRing.KeyRingDbContext"/>), job runs, the email outbox, the audit log, sign-in sessions. Hangfire's tables are its own (schema "hangfire").</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, ITenantContext tenant)
    : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "platform";

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    public DbSet<AuditLogEntry> AuditLogEntries => Set<AuditLogEntry>();

    public DbSet<PlatformAuditLogEntry> PlatformAuditLogEntries => Set<PlatformAuditLogEntry>();

    public DbSet<AuditLogSettings> AuditLogSettings => Set<AuditLogSettings>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    protected override string Schema => SchemaName;
}
