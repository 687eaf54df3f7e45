using EqualityMark.Shared.AuditLog;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.AuditLog;

/// <summary>An entry for work done outside any authority (platform operators creating or suspending authorities).</summary>
[GlobalEntity("Platform operators act across authorities; their log belongs to no single one.")]
[NotInAuditLog]
internal sealed class PlatformAuditLogEntry : AuditLogRecord;
