namespace EqualityMark.Shared.AuditLog;

/// <summary>The job whose run this scope is, if any: the audit log names it as the actor.</summary>
public sealed class AuditLogJob
{
    public string? Name { get; set; }
}
