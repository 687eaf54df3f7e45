using System.Text.Json;
using EqualityMark.Host.Platform;
using EqualityMark.Shared.AuditLog;
using EqualityMark.Shared.Data;
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
        AuditLogRecord entry = tenant.TenantId is null ? new PlatformAuditLogEntry() : new AuditLogEntry();
        entry.At = clock.GetUtcNow();
        entry.ActorId = user.UserId;
        entry.ActorName = name;
        entry.ActorRole = role;
        entry.Kind = command.Kind;
        entry.TargetId = command.TargetId;
        entry.SchoolId = schoolId;
        entry.Details = details;
        entry.IpAddress = ip;
        entry.UserAgent = agent;
        db.Add(entry);
        // A refused entry fails the request with it: no savepoint is needed to carry on after one.
        await db.SaveChangesWithoutSavepointAsync(cancellationToken);
    }
}
