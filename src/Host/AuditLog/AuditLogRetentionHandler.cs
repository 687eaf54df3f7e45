using EqualityMark.Host.Platform;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EqualityMark.Host.AuditLog;

/// <summary>
/// The app role cannot delete audit log entries; the purge function (owned by the migration role) can, for the current
/// authority only, and only entries older than the authority's retention period — never less than a year, whatever
/// the settings row says.
/// </summary>
internal sealed class AuditLogRetentionHandler(PlatformDbContext db, DbSession session, ICurrentUser user, ITenantContext tenant, ILogger<AuditLogRetentionHandler> logger) :
    IRequestHandler<GetAuditLogRetentionQuery, int>,
    IRequestHandler<SetAuditLogRetentionCommand, int>,
    IRequestHandler<PurgeAuditLogCommand, Unit>
{
    public async Task<int> Handle(GetAuditLogRetentionQuery request, CancellationToken cancellationToken) =>
        await db.AuditLogSettings.AsNoTracking().Select(s => (int?)s.RetentionYears).SingleOrDefaultAsync(cancellationToken) ?? AuditLogRetention.DefaultYears;

    public async Task<int> Handle(SetAuditLogRetentionCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators set how long the audit log is kept.");
        }

        // One statement, so two first saves at once cannot both insert (the unique index would answer one with an error).
        var years = request.Years!.Value;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO platform.audit_log_settings (id, tenant_id, retention_years) VALUES ({Guid.CreateVersion7()}, {tenant.TenantId}, {years})
            ON CONFLICT (tenant_id) DO UPDATE SET retention_years = excluded.retention_years
            """, cancellationToken);
        return years;
    }

    public async Task<Unit> Handle(PurgeAuditLogCommand request, CancellationToken cancellationToken)
    {
        await using var purge = new NpgsqlCommand("SELECT platform.purge_audit_log_entries()", session.Connection, session.Transaction);
        var removed = (int)(await purge.ExecuteScalarAsync(cancellationToken))!;
        logger.LogInformation("Audit log retention removed {Count} entries", removed);
        return Unit.Value;
    }
}
