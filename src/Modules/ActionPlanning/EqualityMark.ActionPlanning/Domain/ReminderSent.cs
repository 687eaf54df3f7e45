using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>Proof a reminder went out. Unique per (tenant, kind, subject, period), so it is never sent twice.</summary>
internal sealed class ReminderSent : ITenantOwned, ISentReminder
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string Kind { get; init; }

    public Guid SubjectId { get; init; }

    public required string Period { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
