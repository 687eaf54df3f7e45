using EqualityMark.Shared.AuditLog;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.AuditLog;

/// <summary>
/// Who did what in an authority, when and from where. The app role may only insert and read these rows
/// (see <see cref="Database.DatabaseGrants"/>).
/// </summary>
[NotInAuditLog]
internal sealed class AuditLogEntry : AuditLogRecord, ITenantOwned
{
    public Guid TenantId { get; private set; }
}
