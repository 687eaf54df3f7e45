namespace EqualityMark.Audit.Contracts;

public enum AuditStatus
{
    NotStarted,
    InProgress,
    Submitted,
    Returned,
}
