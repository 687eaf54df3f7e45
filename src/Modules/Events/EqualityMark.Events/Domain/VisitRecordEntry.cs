using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Events.Domain;

/// <summary>The visit record's trail: the advisor's record, then the school's agreement or comments. Never edited.</summary>
internal sealed class VisitRecordEntry : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid VisitId { get; init; }

    public required string Kind { get; init; }

    public required string Author { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset WrittenAt { get; init; }
}
