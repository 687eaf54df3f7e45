using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

internal sealed class ReferenceGroupMeeting : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public DateOnly HeldOn { get; init; }

    public required string Attendees { get; init; }

    public required string Notes { get; init; }
}
