using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Organisations.Domain;

/// <summary>Something that happened to the school's people, such as a co-ordinator handing over; shown on the school's timeline.</summary>
internal sealed class SchoolHistoryEntry : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset At { get; init; }
}
