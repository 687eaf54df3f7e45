using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>One school's whole-school audit for one academic year, done against one framework version.</summary>
internal sealed class SchoolAudit : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string SchoolPhase { get; init; }

    public int AcademicYear { get; init; }

    public Guid FrameworkVersionId { get; init; }

    public AuditStatus Status { get; private set; } = AuditStatus.InProgress;

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ReturnedReason { get; private set; }

    /// <summary>When the co-ordinator shared the summary grid with the reference group; null while it is not shared.</summary>
    public DateTimeOffset? GridSharedAt { get; private set; }

    public string? GridSharedBy { get; private set; }

    public uint RowVersion { get; private set; }

    public bool IsEditable => Status is AuditStatus.InProgress or AuditStatus.Returned;

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new ConflictException("This audit has been sent to the equality team. It can be changed again if the team returns it.");
        }
    }

    public void Submit(DateTimeOffset now)
    {
        EnsureEditable();
        Status = AuditStatus.Submitted;
        SubmittedAt = now;
        ReturnedReason = null;
    }

    public void Return(string reason)
    {
        if (Status != AuditStatus.Submitted)
        {
            throw new ConflictException("Only an audit that has been sent to the team can be returned.");
        }

        Status = AuditStatus.Returned;
        ReturnedReason = reason;
    }
}
