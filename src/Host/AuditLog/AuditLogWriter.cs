using System.Text.Json;
using EqualityMark.Host.Platform;
using EqualityMark.Shared.AuditLog;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.AuditLog;

internal sealed class AuditLogWriter(PlatformDbContext db, ICurrentUser user, ITenantContext tenant, IHttpContextAccessor http, AuditLogJob job, TimeProvider clock) : IAuditLogWriter
{
    public const string SystemActor = "The service (scheduled work)";

    public async Task WriteAsync(AuditLogCommand command, AuditLogChanges changes, CancellationToken cancellationToken)
    {
        var details = JsonSerializer.Serialize(new
        {
            command = command.Details,
            changes = changes.Rows,
            rowsLeftOut = changes.RowsLeftOut,
        }, AuditLogJson.Options);
        var request = http.HttpContext;
        var (name, role) = user.IsSystem ? (job.Name is { } jobName ? $"{SystemActor}: {jobName}" : SystemActor, "System") : (user.FullName ?? user.Email ?? "Unknown", user.Role ?? "Unknown");
        var ip = request?.Connection.RemoteIpAddress?.ToString();
        var agent = request?.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua[..Math.Min(ua.Length, 400)] : null;
        var schoolId = command.SchoolId ?? (Roles.IsSchoolRole(user.Role) ? user.SchoolId : null);
        var at = clock.GetUtcNow();
        AuditLogRecord entry = tenant.TenantId is null
            ? new PlatformAuditLogEntry { At = at, ActorId = user.UserId, ActorName = name, ActorRole = role, Kind = command.Kind, TargetId = command.TargetId, SchoolId = schoolId, Details = details, IpAddress = ip, UserAgent = agent }
            : new AuditLogEntry { At = at, ActorId = user.UserId, ActorName = name, ActorRole = role, Kind = command.Kind, TargetId = command.TargetId, SchoolId = schoolId, Details = details, IpAddress = ip, UserAgent = agent };
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
