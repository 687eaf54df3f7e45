using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>A comment by the authority's team on a school's plan (or one objective of it).</summary>
internal sealed class PlanComment : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid PlanId { get; init; }

    public Guid? ObjectiveId { get; init; }

    public required string Text { get; init; }

    public required string WrittenBy { get; init; }

    public DateTimeOffset WrittenAt { get; init; }
}
