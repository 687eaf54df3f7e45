namespace EqualityMark.Shared.AuditLog;

/// <summary>Leaves an entity (or one of its properties) out of the audit log's record of changes: the log itself, outbox bodies, keys.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property)]
public sealed class NotInAuditLogAttribute : Attribute;
