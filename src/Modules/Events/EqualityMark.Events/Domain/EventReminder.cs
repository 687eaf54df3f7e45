using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Events.Domain;

/// <summary>Proof a reminder was sent; unique per (kind, subject) so a second run sends nothing.</summary>
internal sealed class EventReminder : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string Kind { get; init; }

    public Guid SubjectId { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
