using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Events.Domain;

/// <summary>A time an advisor has said they can visit schools.</summary>
internal sealed class AvailabilitySlot : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid AdvisorId { get; init; }

    public required string AdvisorName { get; init; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }
}
