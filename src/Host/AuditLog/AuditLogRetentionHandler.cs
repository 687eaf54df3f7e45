using EqualityMark.Host.Platform;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EqualityMark.Host.AuditLog;

/// <summary>
/// The app role cannot delete audit log entries; the purge function (owned by the migration role) can, for the current
/// authority only, and only entries older than the authority's retention period — never less than a year, whatever
/// the settings row says.
/// </summary>
internal sealed class AuditLogRetentionHandler(PlatformDbContext db, DbSession session, ICurrentUser user, ILogger<AuditLogRetentionHandler> logger) :
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

        var settings = await db.AuditLogSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new AuditLogSettings();
            db.AuditLogSettings.Add(settings);
        }

        settings.RetentionYears = request.Years!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return settings.RetentionYears;
    }

    public async Task<Unit> Handle(PurgeAuditLogCommand request, CancellationToken cancellationToken)
    {
        await using var purge = new NpgsqlCommand("SELECT platform.purge_audit_log_entries()", session.Connection, session.Transaction);
        var removed = (int)(await purge.ExecuteScalarAsync(cancellationToken))!;
        logger.LogInformation("Audit log retention removed {Count} entries", removed);
        return Unit.Value;
    }
}
